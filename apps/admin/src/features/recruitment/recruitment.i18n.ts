import type { FeatureMessages } from '../../i18n/catalogue';

/** Recruitment: public apply/status pages and the console's intakes, applications and board. Azerbaijani first. */
const az = {
  resources: {
    intakes: {
      name: 'Qəbul |||| Qəbullar',
      fields: {
        name: { az: 'Ad (azərbaycanca)', en: 'Ad (ingiliscə)', ru: 'Ad (rusca)' }, description: { az: 'Təsvir (azərbaycanca)', en: 'Təsvir (ingiliscə)', ru: 'Təsvir (rusca)' },
        status: 'Vəziyyət', opensOn: 'Açılır', closesOn: 'Bağlanır', capacity: 'Yer sayı', minAge: 'Minimal yaş', maxAge: 'Maksimal yaş', centerIds: 'Mərkəzlər',
        questions: 'Əlavə suallar', rubric: 'Qiymətləndirmə meyarları', checklist: 'Adaptasiya siyahısı', consentVersion: 'Razılıq versiyası',
        consentText: { az: 'Razılıq mətni (azərbaycanca)', en: 'Razılıq mətni (ingiliscə)', ru: 'Razılıq mətni (rusca)' }, q: 'Axtarış',
      },
    },
    applications: {
      name: 'Müraciət |||| Müraciətlər',
      fields: {
        number: 'Nömrə', fullName: 'Ad, soyad', intakeId: 'Qəbul', eventId: 'Tədbir', centerId: 'Mərkəz', status: 'Mərhələ', age: 'Yaş', languages: 'Dillər', score: 'Bal',
        emailVerified: 'E-poçt təsdiqlənib', createdAt: 'Göndərilib', language: 'Dil kodu (məs. en)', minLevel: 'Minimal səviyyə', minAge: 'Yaşdan', maxAge: 'Yaşa qədər',
        availability: 'Boş vaxt', q: 'Axtarış (ad, e-poçt, telefon, FİN, nömrə)', fin: 'FİN', email: 'E-poçt', phone: 'Telefon', centers: 'Seçilən mərkəzlər',
      },
    },
  },
  recruitment: {
    menu: { board: 'Müraciət lövhəsi', shortlist: 'Qısa siyahı' },
    statuses: {
      submitted: 'Göndərilib', screening: 'İlkin baxış', interview: 'Müsahibə', offered: 'Təklif edilib', accepted: 'Qəbul edilib', onboarded: 'Könüllüdür',
      rejected: 'Rədd edilib', withdrawn: 'Geri götürülüb', waitlisted: 'Gözləmə siyahısında',
    },
    // The buttons that make a move: verbs, not the names of the stages.
    actions: {
      submitted: 'Göndərilmiş vəziyyətə qaytar', screening: 'İlkin baxışa götür', interview: 'Müsahibəyə dəvət et', offered: 'Təklif et', accepted: 'Qəbul et',
      onboarded: 'Könüllü kimi qeydə al', rejected: 'Rədd et', withdrawn: 'Geri götürülmüş kimi qeyd et', waitlisted: 'Gözləmə siyahısına sal',
    },
    weekdays: { mon: 'Bazar ertəsi', tue: 'Çərşənbə axşamı', wed: 'Çərşənbə', thu: 'Cümə axşamı', fri: 'Cümə', sat: 'Şənbə', sun: 'Bazar' },
    halfDays: { am: 'Səhər', pm: 'Günorta sonra' },
    languages: { az: 'Azərbaycan dili', en: 'İngilis dili', ru: 'Rus dili', tr: 'Türk dili', de: 'Alman dili', fr: 'Fransız dili', ar: 'Ərəb dili', fa: 'Fars dili', zh: 'Çin dili', ka: 'Gürcü dili' },
    apply: {
      title: 'Könüllü ol', intro: 'Açıq qəbulu seçin və müraciət formunu doldurun. Hesab lazım deyil.', noIntakes: 'Hazırda açıq qəbul yoxdur.',
      eventClosed: 'Bu tədbirə könüllü qəbulu hazırda açıq deyil.', eventDays: 'Tədbir günləri: hansı günlərdə gələ bilərsiniz?', eventWhen: '%{venue} · %{days}',
      choose: 'Müraciət et', deadline: 'Son tarix: %{date}', ages: 'Yaş: %{min}–%{max}', anyAge: 'Yaş məhdudiyyəti yoxdur', back: 'Qəbullara qayıt',
      sections: { personal: 'Şəxsi məlumatlar', occupation: 'Təhsil və iş', education: 'Təhsil', languages: 'Dillər', skills: 'Bacarıqlar', availability: 'Həftəlik boş vaxtınız', centers: 'Üstünlük verdiyiniz mərkəzlər', motivation: 'Motivasiya', questions: 'Əlavə suallar', consent: 'Şəxsi məlumatların emalına razılıq' },
      fullName: 'Ad, soyad, ata adı', fin: 'FİN (şəxsiyyət vəsiqəsindəki 7 simvol)', birthDate: 'Doğum tarixi', phone: 'Mobil nömrə', email: 'E-poçt',
      occupation: 'Hazırda nə ilə məşğulsunuz?', occupationHint: 'Təhsil məlumatlarını yalnız tələbələrdən soruşuruq.',
      occupations: { student: 'Tələbəyəm', working: 'İşləyirəm', neither: 'Hazırda nə oxuyuram, nə də işləyirəm' },
      institution: 'Təhsil müəssisəsi', faculty: 'Fakültə / ixtisas', year: 'Bitirmə ili', language: 'Dil', level: 'Səviyyə', addLanguage: 'Dil əlavə et', remove: 'Sil',
      skills: 'Bacarıqlar (vergüllə ayırın)', availabilityHint: 'Gələ biləcəyiniz yarım günləri seçin (ən azı biri).', choice: 'Seçim %{n}', none: '— seçilməyib —',
      motivation: 'Niyə DOST könüllüsü olmaq istəyirsiniz?', consentAccept: 'Yuxarıdakı mətni oxudum və razıyam', consentVersion: 'Versiya %{version}',
      submit: 'Müraciəti göndər', sending: 'Göndərilir…', errorsTitle: 'Bəzi sahələr düzgün doldurulmayıb — aşağıda qırmızı ilə göstərilib.',
      draftRestored: 'Yarımçıq qalan müraciətiniz bərpa olundu.', clearDraft: 'Formu təmizlə', clearConfirm: 'Formdakı hər şey silinsin? Bunu geri qaytarmaq olmayacaq.', requiredNote: '* ilə işarələnmiş sahələr mütləqdir.', phoneHint: 'Məsələn: 050 123 45 67', finHint: 'Latın hərfləri və rəqəmlər; I və O olmur.',
      required: 'Bu sahə mütləqdir.', consentRequired: 'Davam etmək üçün şəxsi məlumatların emalına razılıq verin.',
    },
    status: {
      title: 'Müraciətin vəziyyəti', number: 'Müraciət №%{number}', invalidLink: 'Keçid etibarsızdır. Məktubdakı keçidi yenidən açın.',
      verifyTitle: 'E-poçtunuzu təsdiqləyin', verifyHint: '%{email} ünvanına 6 rəqəmli kod göndərdik. Kodu daxil edin və ya məktubdakı keçidə basın.',
      code: 'Kod', verify: 'Təsdiqlə', resend: 'Kodu yenidən göndər', resent: 'Yeni kod göndərildi.', verified: 'E-poçt təsdiqləndi. Müraciətiniz baxışa göndərildi.',
      withdraw: 'Müraciəti geri götür', withdrawConfirm: 'Müraciəti geri götürmək istədiyinizə əminsiniz? Bunu geri qaytarmaq olmaz.',
      withdrawConsent: 'Razılığı geri götür', withdrawConsentConfirm: 'Razılığı geri götürsəniz, müraciətiniz də geri götürüləcək. Davam edilsin?',
      consentGiven: 'Razılıq verilib: versiya %{version}, %{date}', consentWithdrawn: 'Razılıq geri götürülüb: %{date}',
      interviewTitle: 'Müsahibə', pick: 'Uyğun vaxtı seçin', book: 'Bu vaxtı seç', booked: 'Müsahibəniz: %{time}, %{place}', change: 'Başqa vaxt seçmək olar:', noSlots: 'Hələ boş vaxt yoxdur. Tezliklə əlavə olunacaq.',
      timeline: 'Tarixçə', cancel: 'İmtina', confirm: 'Bəli, davam et',
      explain: {
        submitted: 'Müraciətiniz qəbul olundu və baxış gözləyir.', screening: 'Koordinator müraciətinizə baxır.', interview: 'Sizi müsahibəyə dəvət edirik.',
        offered: 'Sizə könüllülük təklif olunub.', accepted: 'Təbriklər! Qəbul olundunuz. Oriyentasiya haqqında məlumat göndəriləcək.',
        onboarded: 'Siz artıq DOST könüllüsüsünüz. Hesabınız üçün məktubu yoxlayın.', rejected: 'Təəssüf ki, bu dəfə müraciətiniz qəbul olunmadı.',
        withdrawn: 'Müraciət geri götürülüb.', waitlisted: 'Siz gözləmə siyahısındasınız. Yer boşalan kimi xəbər verəcəyik.',
      },
    },
    verify: { title: 'E-poçtun təsdiqi', working: 'Təsdiqlənir…', failed: 'Keçid etibarsızdır və ya vaxtı bitib. E-poçtunuzu artıq təsdiqləmisinizsə, müraciətin vəziyyətinə keçid "Müraciətiniz qəbul edildi" məktubundadır.', done: 'E-poçtunuz təsdiqləndi. Müraciətiniz baxılmağa göndərildi.', already: 'Bu e-poçt artıq təsdiqlənib — başqa heç nə etmək lazım deyil.', toStatus: 'Müraciətə bax' },
    intakes: {
      open: 'Açıq', draft: 'Qaralama', closed: 'Bağlı', centers: 'Mərkəzlər', applications: 'Müraciətlər', consentHint: 'Mətni dəyişsəniz, yeni razılıq versiyası yaranır.',
      kind: 'Növ', kinds: { text: 'Mətn', single: 'Bir seçim', multiple: 'Bir neçə seçim' }, required: 'Mütləqdir', options: 'Variantlar', itemId: 'Kod (latın, məs. tshirt)',
      label: { az: 'Mətn (azərbaycanca)', en: 'Mətn (ingiliscə)', ru: 'Mətn (rusca)' },
      slots: 'Müsahibə vaxtları', addSlot: 'Vaxt əlavə et', startsAt: 'Başlayır', endsAt: 'Bitir', location: 'Yer', center: 'Mərkəz', free: 'Boş', bookedBy: 'Tutulub', deleteSlot: 'Sil',
      slotAdded: 'Vaxt əlavə olundu.',
      name: 'Ad', ages: 'Yaş həddi', date: 'Tarix',
    },
    applications: {
      export: 'CSV yüklə', exportXlsx: 'Excel yüklə', exported: 'Fayl hazırlandı.', move: 'Mərhələni dəyiş', moveTo: 'Yeni mərhələ', reason: 'Səbəb (rədd üçün mütləqdir; məktubda göstərilir)',
      moved: '%{ok} müraciət köçürüldü, %{failed} alınmadı.', verified: 'Təsdiqlənib', notVerified: 'Təsdiqlənməyib', board: 'Lövhə', list: 'Siyahı',
    },
    detail: {
      eventDays: '%{event}: tədbir günləri — %{days}',
      occupation: 'Təhsil və iş', occupationNotAsked: 'Soruşulmayıb (köhnə müraciət)', noEducation: 'Göstərilməyib',
      occupations: { student: 'Tələbədir', working: 'İşləyir', neither: 'Hazırda nə oxuyur, nə də işləyir' },
      answers: 'Cavablar', education: 'Təhsil', motivation: 'Motivasiya', skills: 'Bacarıqlar', availability: 'Boş vaxt', timeline: 'Tarixçə', scores: 'Qiymətləndirmə',
      myScores: 'Mənim ballarım', saveScores: 'Balları yadda saxla', average: 'Orta bal: %{score}', noScores: 'Hələ bal verilməyib.', stars: '%{smart_count} ulduz', noStars: 'Bal verilməyib', checklist: 'Adaptasiya',
      homeCenter: 'Əsas mərkəz', moves: 'Növbəti addım', noMoves: 'Bu mərhələdə sizin üçün addım yoxdur.', showFin: 'FİN-i göstər', finAudited: 'Hər baxış qeydə alınır.',
      interview: 'Müsahibə', noInterview: 'Vaxt seçilməyib', consent: 'Razılıq', capacity: 'Qəbul edilənlər: %{accepted} / %{capacity}', by: '%{name} tərəfindən',
      rejectReason: 'Rədd səbəbi (məktubda göstəriləcək)', confirmMove: 'Təsdiqlə', moveDone: 'Mərhələ dəyişdi: %{status}', yes: 'Bəli', no: 'Xeyr', back: 'Siyahıya qayıt',
      emailNotVerified: 'E-poçt hələ təsdiqlənməyib',
    },
    board: {
      title: 'Müraciət lövhəsi', intake: 'Qəbul', all: 'Bütün qəbullar', dragHint: 'Kartı sütuna sürükləyin və ya kartdakı düymədən istifadə edin.', empty: 'Boşdur',
      open: 'Aç', more: 'daha %{n}',
    },
  },
};

const en: typeof az = {
  resources: {
    intakes: {
      name: 'Intake |||| Intakes',
      fields: {
        name: { az: 'Name (Azerbaijani)', en: 'Name (English)', ru: 'Name (Russian)' }, description: { az: 'Description (Azerbaijani)', en: 'Description (English)', ru: 'Description (Russian)' },
        status: 'Status', opensOn: 'Opens', closesOn: 'Closes', capacity: 'Places', minAge: 'Minimum age', maxAge: 'Maximum age', centerIds: 'Centers',
        questions: 'Extra questions', rubric: 'Scoring criteria', checklist: 'Onboarding checklist', consentVersion: 'Consent version',
        consentText: { az: 'Consent text (Azerbaijani)', en: 'Consent text (English)', ru: 'Consent text (Russian)' }, q: 'Search',
      },
    },
    applications: {
      name: 'Application |||| Applications',
      fields: {
        number: 'Number', fullName: 'Full name', intakeId: 'Intake', eventId: 'Event', centerId: 'Center', status: 'Stage', age: 'Age', languages: 'Languages', score: 'Score',
        emailVerified: 'E-mail verified', createdAt: 'Submitted', language: 'Language code (e.g. en)', minLevel: 'Minimum level', minAge: 'Age from', maxAge: 'Age up to',
        availability: 'Available', q: 'Search (name, e-mail, phone, FİN, number)', fin: 'FIN', email: 'E-mail', phone: 'Phone', centers: 'Chosen centers',
      },
    },
  },
  recruitment: {
    menu: { board: 'Application board', shortlist: 'Shortlist' },
    statuses: {
      submitted: 'Submitted', screening: 'Screening', interview: 'Interview', offered: 'Offered', accepted: 'Accepted', onboarded: 'Volunteer',
      rejected: 'Rejected', withdrawn: 'Withdrawn', waitlisted: 'Waitlisted',
    },
    actions: {
      submitted: 'Back to submitted', screening: 'Start screening', interview: 'Invite to an interview', offered: 'Make an offer', accepted: 'Accept',
      onboarded: 'Make a volunteer', rejected: 'Reject', withdrawn: 'Mark as withdrawn', waitlisted: 'Put on the waitlist',
    },
    weekdays: { mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday', sat: 'Saturday', sun: 'Sunday' },
    halfDays: { am: 'Morning', pm: 'Afternoon' },
    languages: { az: 'Azerbaijani', en: 'English', ru: 'Russian', tr: 'Turkish', de: 'German', fr: 'French', ar: 'Arabic', fa: 'Persian', zh: 'Chinese', ka: 'Georgian' },
    apply: {
      title: 'Become a volunteer', intro: 'Pick an open intake and fill in the application. No account needed.', noIntakes: 'No intake is open right now.',
      eventClosed: 'Volunteer applications for this event are not open right now.', eventDays: 'Event days: which days can you come?', eventWhen: '%{venue} · %{days}',
      choose: 'Apply', deadline: 'Deadline: %{date}', ages: 'Age: %{min}–%{max}', anyAge: 'No age limit', back: 'Back to intakes',
      sections: { personal: 'About you', occupation: 'Study and work', education: 'Education', languages: 'Languages', skills: 'Skills', availability: 'When you are free each week', centers: 'Preferred centers', motivation: 'Motivation', questions: 'Extra questions', consent: 'Consent to the processing of personal data' },
      fullName: 'Full name', fin: 'FIN (the 7 characters on your ID card)', birthDate: 'Date of birth', phone: 'Mobile number', email: 'E-mail',
      occupation: 'What do you do now?', occupationHint: 'We ask only students about their education.',
      occupations: { student: 'I am a student', working: 'I work', neither: 'Neither studying nor working at the moment' },
      institution: 'School or university', faculty: 'Faculty / major', year: 'Year of graduation', language: 'Language', level: 'Level', addLanguage: 'Add a language', remove: 'Remove',
      skills: 'Skills (comma separated)', availabilityHint: 'Pick the half-days you can come (at least one).', choice: 'Choice %{n}', none: '— none —',
      motivation: 'Why do you want to be a DOST volunteer?', consentAccept: 'I have read the text above and agree', consentVersion: 'Version %{version}',
      submit: 'Send the application', sending: 'Sending…', errorsTitle: 'Some fields are not filled in correctly — they are marked in red below.',
      draftRestored: 'Your unfinished application was restored.', clearDraft: 'Clear the form', clearConfirm: 'Erase everything in the form? This cannot be undone.', requiredNote: 'Fields marked * are required.', phoneHint: 'For example: 050 123 45 67', finHint: 'Latin letters and digits; no I or O.',
      required: 'This field is required.', consentRequired: 'To continue, agree to the processing of your personal data.',
    },
    status: {
      title: 'Application status', number: 'Application No. %{number}', invalidLink: 'The link is not valid. Open the link in the mail again.',
      verifyTitle: 'Verify your e-mail', verifyHint: 'We sent a 6-digit code to %{email}. Enter it here or click the link in the mail.',
      code: 'Code', verify: 'Verify', resend: 'Send the code again', resent: 'A new code is on its way.', verified: 'E-mail verified. Your application is now being reviewed.',
      withdraw: 'Withdraw the application', withdrawConfirm: 'Are you sure you want to withdraw the application? This cannot be undone.',
      withdrawConsent: 'Withdraw consent', withdrawConsentConfirm: 'Withdrawing consent also withdraws your application. Continue?',
      consentGiven: 'Consent given: version %{version}, %{date}', consentWithdrawn: 'Consent withdrawn: %{date}',
      interviewTitle: 'Interview', pick: 'Pick a time that suits you', book: 'Take this time', booked: 'Your interview: %{time}, %{place}', change: 'You can pick another time:', noSlots: 'No free times yet. They will be added soon.',
      timeline: 'History', cancel: 'Cancel', confirm: 'Yes, continue',
      explain: {
        submitted: 'Your application has arrived and waits for review.', screening: 'A coordinator is reviewing your application.', interview: 'We invite you to an interview.',
        offered: 'You have been offered a place.', accepted: 'Congratulations! You are accepted. Details of the orientation will follow.',
        onboarded: 'You are a DOST volunteer now. Check your mail for your account.', rejected: 'We are sorry: your application was not accepted this time.',
        withdrawn: 'The application was withdrawn.', waitlisted: 'You are on the waitlist. We will tell you as soon as a place frees up.',
      },
    },
    verify: { title: 'E-mail verification', working: 'Verifying…', failed: 'The link is not valid or has expired. If you have already verified your e-mail, the link to your application is in the "application received" mail.', done: 'Your e-mail is verified. Your application goes on to screening.', already: 'This e-mail is already verified — nothing more to do.', toStatus: 'See the application' },
    intakes: {
      open: 'Open', draft: 'Draft', closed: 'Closed', centers: 'Centers', applications: 'Applications', consentHint: 'Changing the text creates a new consent version.',
      kind: 'Kind', kinds: { text: 'Text', single: 'One choice', multiple: 'Several choices' }, required: 'Required', options: 'Options', itemId: 'Code (Latin, e.g. tshirt)',
      label: { az: 'Text (Azerbaijani)', en: 'Text (English)', ru: 'Text (Russian)' },
      slots: 'Interview times', addSlot: 'Add a time', startsAt: 'Starts', endsAt: 'Ends', location: 'Place', center: 'Center', free: 'Free', bookedBy: 'Booked', deleteSlot: 'Delete',
      slotAdded: 'Time added.',
      name: 'Name', ages: 'Age limits', date: 'Date',
    },
    applications: {
      export: 'Download CSV', exportXlsx: 'Download Excel', exported: 'The file is ready.', move: 'Change stage', moveTo: 'New stage', reason: 'Reason (required to reject; shown in the mail)',
      moved: '%{ok} applications moved, %{failed} could not be.', verified: 'Verified', notVerified: 'Not verified', board: 'Board', list: 'List',
    },
    detail: {
      eventDays: '%{event}: event days — %{days}',
      occupation: 'Study and work', occupationNotAsked: 'Not asked (an older application)', noEducation: 'Not given',
      occupations: { student: 'Student', working: 'Working', neither: 'Neither studying nor working' },
      answers: 'Answers', education: 'Education', motivation: 'Motivation', skills: 'Skills', availability: 'Availability', timeline: 'History', scores: 'Scores',
      myScores: 'My scores', saveScores: 'Save scores', average: 'Average: %{score}', noScores: 'No scores yet.', stars: '%{smart_count} star |||| %{smart_count} stars', noStars: 'Not scored', checklist: 'Onboarding',
      homeCenter: 'Home center', moves: 'Next step', noMoves: 'No step for you at this stage.', showFin: 'Show the FIN', finAudited: 'Every view is logged.',
      interview: 'Interview', noInterview: 'No time picked', consent: 'Consent', capacity: 'Accepted: %{accepted} / %{capacity}', by: 'by %{name}',
      rejectReason: 'Reason for rejection (shown in the mail)', confirmMove: 'Confirm', moveDone: 'Stage changed: %{status}', yes: 'Yes', no: 'No', back: 'Back to the list',
      emailNotVerified: 'E-mail not verified yet',
    },
    board: {
      title: 'Application board', intake: 'Intake', all: 'All intakes', dragHint: 'Drag a card to a column, or use the buttons on the card.', empty: 'Empty',
      open: 'Open', more: '%{n} more',
    },
  },
};

const ru: typeof az = {
  resources: {
    intakes: {
      name: 'Набор |||| Наборы',
      fields: {
        name: { az: 'Название (азерб.)', en: 'Название (англ.)', ru: 'Название (рус.)' }, description: { az: 'Описание (азерб.)', en: 'Описание (англ.)', ru: 'Описание (рус.)' },
        status: 'Статус', opensOn: 'Открывается', closesOn: 'Закрывается', capacity: 'Мест', minAge: 'Мин. возраст', maxAge: 'Макс. возраст', centerIds: 'Центры',
        questions: 'Доп. вопросы', rubric: 'Критерии оценки', checklist: 'Чек-лист адаптации', consentVersion: 'Версия согласия',
        consentText: { az: 'Текст согласия (азерб.)', en: 'Текст согласия (англ.)', ru: 'Текст согласия (рус.)' }, q: 'Поиск',
      },
    },
    applications: {
      name: 'Заявка |||| Заявки',
      fields: {
        number: 'Номер', fullName: 'ФИО', intakeId: 'Набор', eventId: 'Мероприятие', centerId: 'Центр', status: 'Этап', age: 'Возраст', languages: 'Языки', score: 'Балл',
        emailVerified: 'E-mail подтверждён', createdAt: 'Подана', language: 'Код языка (напр. en)', minLevel: 'Мин. уровень', minAge: 'Возраст от', maxAge: 'Возраст до',
        availability: 'Свободен', q: 'Поиск (имя, e-mail, телефон, ФИН, номер)', fin: 'ФИН', email: 'E-mail', phone: 'Телефон', centers: 'Выбранные центры',
      },
    },
  },
  recruitment: {
    menu: { board: 'Доска заявок', shortlist: 'Шорт-лист' },
    statuses: {
      submitted: 'Подана', screening: 'Рассмотрение', interview: 'Собеседование', offered: 'Предложение', accepted: 'Принят', onboarded: 'Волонтёр',
      rejected: 'Отклонена', withdrawn: 'Отозвана', waitlisted: 'Лист ожидания',
    },
    actions: {
      submitted: 'Вернуть в поданные', screening: 'Взять на рассмотрение', interview: 'Пригласить на собеседование', offered: 'Сделать предложение', accepted: 'Принять',
      onboarded: 'Зачислить волонтёром', rejected: 'Отклонить', withdrawn: 'Отметить как отозванную', waitlisted: 'Внести в лист ожидания',
    },
    weekdays: { mon: 'Понедельник', tue: 'Вторник', wed: 'Среда', thu: 'Четверг', fri: 'Пятница', sat: 'Суббота', sun: 'Воскресенье' },
    halfDays: { am: 'Утро', pm: 'После обеда' },
    languages: { az: 'Азербайджанский', en: 'Английский', ru: 'Русский', tr: 'Турецкий', de: 'Немецкий', fr: 'Французский', ar: 'Арабский', fa: 'Персидский', zh: 'Китайский', ka: 'Грузинский' },
    apply: {
      title: 'Стать волонтёром', intro: 'Выберите открытый набор и заполните заявку. Аккаунт не нужен.', noIntakes: 'Сейчас нет открытых наборов.',
      eventClosed: 'Набор волонтёров на это мероприятие сейчас закрыт.', eventDays: 'Дни мероприятия: в какие дни вы можете прийти?', eventWhen: '%{venue} · %{days}',
      choose: 'Подать заявку', deadline: 'Срок: %{date}', ages: 'Возраст: %{min}–%{max}', anyAge: 'Без ограничения возраста', back: 'К наборам',
      sections: { personal: 'О вас', occupation: 'Учёба и работа', education: 'Образование', languages: 'Языки', skills: 'Навыки', availability: 'Когда вы свободны каждую неделю', centers: 'Предпочитаемые центры', motivation: 'Мотивация', questions: 'Дополнительные вопросы', consent: 'Согласие на обработку персональных данных' },
      fullName: 'ФИО', fin: 'ФИН (7 символов в удостоверении)', birthDate: 'Дата рождения', phone: 'Мобильный номер', email: 'E-mail',
      occupation: 'Чем вы сейчас занимаетесь?', occupationHint: 'Об образовании мы спрашиваем только студентов.',
      occupations: { student: 'Учусь', working: 'Работаю', neither: 'Сейчас не учусь и не работаю' },
      institution: 'Учебное заведение', faculty: 'Факультет / специальность', year: 'Год окончания', language: 'Язык', level: 'Уровень', addLanguage: 'Добавить язык', remove: 'Удалить',
      skills: 'Навыки (через запятую)', availabilityHint: 'Отметьте полудни, когда можете приходить (хотя бы один).', choice: 'Выбор %{n}', none: '— не выбран —',
      motivation: 'Почему вы хотите стать волонтёром DOST?', consentAccept: 'Я прочитал(а) текст выше и согласен(на)', consentVersion: 'Версия %{version}',
      submit: 'Отправить заявку', sending: 'Отправка…', errorsTitle: 'Некоторые поля заполнены неверно — они отмечены красным ниже.',
      draftRestored: 'Ваша незаконченная заявка восстановлена.', clearDraft: 'Очистить форму', clearConfirm: 'Стереть всё, что введено в форму? Это нельзя отменить.', requiredNote: 'Поля, отмеченные *, обязательны.', phoneHint: 'Например: 050 123 45 67', finHint: 'Латинские буквы и цифры; без I и O.',
      required: 'Обязательное поле.', consentRequired: 'Чтобы продолжить, дайте согласие на обработку персональных данных.',
    },
    status: {
      title: 'Статус заявки', number: 'Заявка № %{number}', invalidLink: 'Ссылка недействительна. Откройте ссылку из письма ещё раз.',
      verifyTitle: 'Подтвердите e-mail', verifyHint: 'Мы отправили 6-значный код на %{email}. Введите его или нажмите ссылку в письме.',
      code: 'Код', verify: 'Подтвердить', resend: 'Отправить код ещё раз', resent: 'Новый код отправлен.', verified: 'E-mail подтверждён. Заявка передана на рассмотрение.',
      withdraw: 'Отозвать заявку', withdrawConfirm: 'Вы уверены, что хотите отозвать заявку? Это нельзя отменить.',
      withdrawConsent: 'Отозвать согласие', withdrawConsentConfirm: 'Отзыв согласия отзывает и заявку. Продолжить?',
      consentGiven: 'Согласие дано: версия %{version}, %{date}', consentWithdrawn: 'Согласие отозвано: %{date}',
      interviewTitle: 'Собеседование', pick: 'Выберите удобное время', book: 'Выбрать это время', booked: 'Ваше собеседование: %{time}, %{place}', change: 'Можно выбрать другое время:', noSlots: 'Свободного времени пока нет. Скоро добавим.',
      timeline: 'История', cancel: 'Отмена', confirm: 'Да, продолжить',
      explain: {
        submitted: 'Заявка получена и ждёт рассмотрения.', screening: 'Координатор рассматривает вашу заявку.', interview: 'Приглашаем вас на собеседование.',
        offered: 'Вам предложено место.', accepted: 'Поздравляем! Вы приняты. Подробности об ориентации придут позже.',
        onboarded: 'Теперь вы волонтёр DOST. Проверьте почту — там письмо для входа.', rejected: 'К сожалению, в этот раз заявка не принята.',
        withdrawn: 'Заявка отозвана.', waitlisted: 'Вы в листе ожидания. Сообщим, как только освободится место.',
      },
    },
    verify: { title: 'Подтверждение e-mail', working: 'Проверяем…', failed: 'Ссылка недействительна или устарела. Если вы уже подтвердили e-mail, ссылка на заявку есть в письме «Заявка получена».', done: 'Ваш e-mail подтверждён. Заявка передана на рассмотрение.', already: 'Этот e-mail уже подтверждён — больше ничего делать не нужно.', toStatus: 'Открыть заявку' },
    intakes: {
      open: 'Открыт', draft: 'Черновик', closed: 'Закрыт', centers: 'Центры', applications: 'Заявки', consentHint: 'Изменение текста создаёт новую версию согласия.',
      kind: 'Тип', kinds: { text: 'Текст', single: 'Один вариант', multiple: 'Несколько вариантов' }, required: 'Обязательный', options: 'Варианты', itemId: 'Код (латиница, напр. tshirt)',
      label: { az: 'Текст (азерб.)', en: 'Текст (англ.)', ru: 'Текст (рус.)' },
      slots: 'Время собеседований', addSlot: 'Добавить время', startsAt: 'Начало', endsAt: 'Конец', location: 'Место', center: 'Центр', free: 'Свободно', bookedBy: 'Занято', deleteSlot: 'Удалить',
      slotAdded: 'Время добавлено.',
      name: 'Название', ages: 'Возраст', date: 'Дата',
    },
    applications: {
      export: 'Скачать CSV', exportXlsx: 'Скачать Excel', exported: 'Файл готов.', move: 'Сменить этап', moveTo: 'Новый этап', reason: 'Причина (обязательна для отказа; будет в письме)',
      moved: 'Перемещено: %{ok}, не удалось: %{failed}.', verified: 'Подтверждён', notVerified: 'Не подтверждён', board: 'Доска', list: 'Список',
    },
    detail: {
      eventDays: '%{event}: дни мероприятия — %{days}',
      occupation: 'Учёба и работа', occupationNotAsked: 'Не спрашивали (старая заявка)', noEducation: 'Не указано',
      occupations: { student: 'Учится', working: 'Работает', neither: 'Не учится и не работает' },
      answers: 'Ответы', education: 'Образование', motivation: 'Мотивация', skills: 'Навыки', availability: 'Свободное время', timeline: 'История', scores: 'Оценки',
      myScores: 'Мои оценки', saveScores: 'Сохранить оценки', average: 'Средний балл: %{score}', noScores: 'Оценок пока нет.', stars: '%{smart_count} звезда |||| %{smart_count} звезды |||| %{smart_count} звёзд', noStars: 'Без оценки', checklist: 'Адаптация',
      homeCenter: 'Основной центр', moves: 'Следующий шаг', noMoves: 'На этом этапе для вас нет действий.', showFin: 'Показать ФИН', finAudited: 'Каждый просмотр записывается.',
      interview: 'Собеседование', noInterview: 'Время не выбрано', consent: 'Согласие', capacity: 'Принято: %{accepted} / %{capacity}', by: '— %{name}',
      rejectReason: 'Причина отказа (будет в письме)', confirmMove: 'Подтвердить', moveDone: 'Этап изменён: %{status}', yes: 'Да', no: 'Нет', back: 'К списку',
      emailNotVerified: 'E-mail ещё не подтверждён',
    },
    board: {
      title: 'Доска заявок', intake: 'Набор', all: 'Все наборы', dragHint: 'Перетащите карточку в колонку или воспользуйтесь кнопками на карточке.', empty: 'Пусто',
      open: 'Открыть', more: 'ещё %{n}',
    },
  },
};

export const recruitmentMessages: FeatureMessages = { az, en, ru };
