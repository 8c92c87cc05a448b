import type { FeatureMessages } from '../../i18n/catalogue';

export const rosteringMessages: FeatureMessages = {
  az: {
    rostering: {
      menu: { myShifts: 'Növbələrim', openShifts: 'Açıq növbələr', week: 'Həftəlik cədvəl', templates: 'Növbə şablonları', daySheet: 'Günlük siyahı', roleBoard: 'Rollar lövhəsi' },
      myShifts: {
        title: 'Növbələrim', upcoming: 'Qarşıdakı', past: 'Keçmiş', empty: 'Hələ növbəniz yoxdur.', cancel: 'İmtina et', cancelled: 'Növbədən imtina etdiniz.',
        waitlisted: 'Gözləmə siyahısında', assigned: 'Təsdiqlənib', completed: 'Başa çatıb', no_show: 'Gəlməyib', swap: 'Dəyişməyə təklif et', swapOffered: 'Növbəniz dəyişmə üçün təklif olundu.',
        calendar: 'Təqvim linki', calendarHint: 'Bu linki Google, Outlook və ya Apple təqviminə əlavə edin. Yeni link köhnəsini ləğv edir.', newLink: 'Yeni link yarat',
      },
      open: {
        title: 'Götürə biləcəyim növbələr', date: 'Tarix', signUp: 'Yazıl', waitlist: 'Gözləmə siyahısına yazıl', signedUp: 'Növbəyə yazıldınız.', waitlistedOk: 'Gözləmə siyahısına yazıldınız.',
        mine: 'Siz bu növbədəsiniz', empty: 'Seçilmiş tarixdə açıq növbə yoxdur.', free: '%{free} boş yer', all: 'Hamısı',
      },
      week: {
        title: 'Həftəlik cədvəl', center: 'Mərkəz', previous: 'Əvvəlki həftə', next: 'Növbəti həftə', full: 'Dolu', partial: 'Qismən', empty: 'Boş',
        people: 'Növbədəkilər', nobody: 'Hələ heç kim yoxdur.', candidates: 'Uyğun könüllülər', assign: 'Təyin et', assigned: 'Təyin olundu.', remove: 'Çıxar',
        reason: 'Qaydadan kənara çıxma səbəbi', language: 'Dil (məs. en, tr)', close: 'Bağla', daySheet: 'Günlük siyahı (çap)',
      },
      templates: {
        title: 'Növbə şablonları', tab: 'Həftəlik şablonlar', create: 'Yeni şablon', empty: 'Bu mərkəz üçün hələ şablon yoxdur.',
        hint: 'Şablon hər həftə təkrarlanan növbəni təsvir edir. Növbələri seçdiyiniz tarix aralığı üçün yaradın; içində adam olan növbələrə toxunulmur.',
        noPositions: 'Bu mərkəzdə hələ vəzifə yoxdur. Əvvəlcə «Vəzifələr» bölməsində vəzifə əlavə edin.',
        position: 'Vəzifə', weekdays: 'Həftənin günləri', time: 'Vaxt', slots: 'Yer sayı', visibility: 'Yazılış qaydası', window: 'Yazılış və imtina', inactive: 'Deaktiv',
        open: 'Könüllülər özləri yazıla bilər', assign_only: 'Yalnız koordinator təyin edir', opensAlways: 'Yazılış həmişə açıqdır', opensDays: 'Yazılış %{days} gün əvvəl açılır',
        noCutoff: 'İmtina üçün son vaxt yoxdur', cutoffHours: 'İmtina: ən gec %{hours} saat əvvəl', generate: 'Növbələri yarat', edit: 'Redaktə et', delete: 'Sil',
        confirmDelete: 'Şablon silinsin? Ondan yaradılmış növbələr yerində qalacaq.', deleted: 'Şablon silindi.', saved: 'Şablon yadda saxlanıldı.',
        editTitle: 'Şablonu redaktə et', createTitle: 'Yeni növbə şablonu', start: 'Başlama vaxtı', end: 'Bitmə vaxtı', opensBefore: 'Yazılış neçə gün əvvəl açılır',
        cutoff: 'İmtina üçün son vaxt (neçə saat əvvəl)', emptyMeansNone: 'Sahəni boş saxlasanız, həmin məhdudiyyət olmayacaq.', active: 'Aktivdir', save: 'Yadda saxla',
        generateTitle: 'Növbələri yarat: %{position}', from: 'Başlanğıc tarixi', to: 'Son tarix', generateRun: 'Yarat',
        generateHint: 'Seçilmiş aralıqda şablona uyğun növbələr yaradılır, qeyri-iş günləri buraxılır. Heç kim yazılmamış növbələr şablona görə yenilənir, içində adam olanlar olduğu kimi qalır.',
        created: 'Yaradıldı: %{n}', kept: 'Toxunulmadı (içində adam var): %{n}', removed: 'Silindi: %{n}',
      },
      positions: {
        tab: 'Vəzifələr', create: 'Yeni vəzifə', empty: 'Bu mərkəzdə hələ vəzifə yoxdur.', name: 'Ad', code: 'Kod', requirements: 'Tələblər', saved: 'Vəzifə yadda saxlanıldı.',
        editTitle: 'Vəzifəni redaktə et', createTitle: 'Yeni vəzifə', name_az: 'Ad (azərbaycanca)', name_en: 'Ad (ingiliscə)', name_ru: 'Ad (rusca)',
        languages: 'Dil tələbləri', language: 'Dil', minLevel: 'Ən aşağı səviyyə', addLanguage: 'Dil əlavə et', qualifications: 'Tələb olunan ixtisaslar',
        qualificationsHint: 'Kodları vergüllə ayırın, məsələn: first-aid, protocol-training', minAge: 'Ən azı yaş', minHours: 'Ən azı təsdiqlənmiş saat',
        ageAtLeast: 'ən azı %{age} yaş', hoursAtLeast: 'ən azı %{hours} saat təsdiqlənmiş fəaliyyət', noRequirements: 'Xüsusi tələb yoxdur',
      },
      policy: {
        tab: 'Qaydalar', saved: 'Qaydalar yadda saxlanıldı.', hint: 'Mərkəzin növbə qaydaları. Boş sahə həmin məhdudiyyətin olmadığını bildirir.',
        weeklyCap: 'Həftəlik saat limiti', minRest: 'Növbələr arasında ən azı istirahət (saat)', maxPerDay: 'Gündə ən çox növbə sayı',
        noShowLimit: 'Gəlməmə limiti (aşıldıqda könüllü özü yazıla bilmir)', swapApproval: 'Növbə dəyişmələri koordinatorun təsdiqini tələb edir',
      },
      daySheet: {
        title: 'Günlük siyahı', heading: 'Günlük növbə siyahısı', previous: 'Əvvəlki gün', next: 'Növbəti gün', date: 'Tarix', print: 'Çap et',
        summary: 'Növbə sayı: %{shifts}, könüllü sayı: %{people}', empty: 'Bu gün üçün dərc olunmuş növbə yoxdur.', time: 'Vaxt', people: 'Könüllülər', fill: 'Doluluq',
      },
      feed: {
        title: 'Mərkəzin təqvim linki (iCal)', newLink: 'Yeni link yarat', revoke: 'Linki ləğv et', revoked: 'Link ləğv edildi.',
        hint: 'Mərkəzin bütün növbələri (yalnız doluluq sayı, adlar olmadan) Google, Outlook və ya Apple təqvimində görünəcək. Link gizlidir; yeni link köhnəsini ləğv edir.',
        created: 'Yeni link yaradıldı. Onu indi köçürün — bir daha göstərilməyəcək.',
      },
      roleBoard: {
        title: 'Rollar lövhəsi', event: 'Tədbir', refresh: 'Yenilə', checkGaps: 'Boşluqları yoxla', total: 'Doldurulub: %{filled} / %{needed}',
        noShifts: 'Bu tədbir üçün hələ dərc olunmuş növbə yoxdur.', gapsTitle: 'Tədbir gününədək doldurulmalı boşluqlar', noGaps: 'Bütün bloklar doludur — boşluq yoxdur.',
        gapsSummary: 'Çatışmayan blok sayı: %{blocks}, çatışmayan könüllü sayı: %{missing}', gapLine: '%{missing} nəfər çatışmır (%{filled}/%{needed})',
        shift: 'Növbə', shiftN: 'Növbə №%{n}', needs: 'Tələb olunur', removed: 'Könüllü növbədən çıxarıldı.', speaks: 'Danışdığı dil', anyLanguage: 'İstənilən dil',
        noCandidates: 'Uyğun könüllü tapılmadı.',
      },
      langs: {
        az: 'Azərbaycan dili', en: 'İngilis dili', ru: 'Rus dili', tr: 'Türk dili', de: 'Alman dili', fr: 'Fransız dili', ar: 'Ərəb dili', fa: 'Fars dili',
        zh: 'Çin dili', es: 'İspan dili', it: 'İtalyan dili', ka: 'Gürcü dili',
      },
      weekdays: { 1: 'B.e.', 2: 'Ç.a.', 3: 'Çərş.', 4: 'C.a.', 5: 'Cümə', 6: 'Şənbə', 7: 'Bazar' },
    },
  },
  en: {
    rostering: {
      menu: { myShifts: 'My shifts', openShifts: 'Open shifts', week: 'Week view', templates: 'Shift templates', daySheet: 'Day sheet', roleBoard: 'Role board' },
      myShifts: {
        title: 'My shifts', upcoming: 'Upcoming', past: 'Past', empty: 'No shifts yet.', cancel: 'Cancel', cancelled: 'You cancelled the shift.',
        waitlisted: 'On the waitlist', assigned: 'Confirmed', completed: 'Completed', no_show: 'No-show', swap: 'Offer for swap', swapOffered: 'Your shift is offered for a swap.',
        calendar: 'Calendar link', calendarHint: 'Add this link to Google, Outlook or Apple Calendar. A new link revokes the old one.', newLink: 'Create a new link',
      },
      open: {
        title: 'Open shifts I can take', date: 'Date', signUp: 'Sign up', waitlist: 'Join the waitlist', signedUp: 'You are signed up.', waitlistedOk: 'You joined the waitlist.',
        mine: 'You are on this shift', empty: 'No open shifts on the chosen date.', free: '%{free} free', all: 'All',
      },
      week: {
        title: 'Week view', center: 'Center', previous: 'Previous week', next: 'Next week', full: 'Full', partial: 'Partly filled', empty: 'Empty',
        people: 'On this shift', nobody: 'Nobody yet.', candidates: 'Eligible volunteers', assign: 'Assign', assigned: 'Assigned.', remove: 'Remove',
        reason: 'Reason for the override', language: 'Language (e.g. en, tr)', close: 'Close', daySheet: 'Day sheet (print)',
      },
      templates: {
        title: 'Shift templates', tab: 'Weekly templates', create: 'New template', empty: 'No templates for this center yet.',
        hint: 'A template describes a shift that repeats every week. Generate its shifts for a date range; shifts that already have people are never touched.',
        noPositions: 'This center has no positions yet. Add one under “Positions” first.',
        position: 'Position', weekdays: 'Weekdays', time: 'Time', slots: 'Slots', visibility: 'Sign-up', window: 'Sign-up and cancellation', inactive: 'Inactive',
        open: 'Volunteers sign up themselves', assign_only: 'Assigned by a coordinator only', opensAlways: 'Sign-up always open', opensDays: 'Sign-up opens %{days} days before',
        noCutoff: 'No cancellation cut-off', cutoffHours: 'Cancel up to %{hours} h before', generate: 'Generate shifts', edit: 'Edit', delete: 'Delete',
        confirmDelete: 'Delete the template? Shifts already generated from it stay.', deleted: 'Template deleted.', saved: 'Template saved.',
        editTitle: 'Edit template', createTitle: 'New shift template', start: 'Start time', end: 'End time', opensBefore: 'Sign-up opens (days before)',
        cutoff: 'Cancellation cut-off (hours before)', emptyMeansNone: 'Leave a field empty for no limit.', active: 'Active', save: 'Save',
        generateTitle: 'Generate shifts: %{position}', from: 'From', to: 'To', generateRun: 'Generate',
        generateHint: 'Creates the template’s shifts in the range, skipping non-working days. Shifts nobody signed up for are replaced by what the template says now; shifts with people stay as they are.',
        created: 'Created: %{n}', kept: 'Kept (have people): %{n}', removed: 'Removed: %{n}',
      },
      positions: {
        tab: 'Positions', create: 'New position', empty: 'This center has no positions yet.', name: 'Name', code: 'Code', requirements: 'Requirements', saved: 'Position saved.',
        editTitle: 'Edit position', createTitle: 'New position', name_az: 'Name (Azerbaijani)', name_en: 'Name (English)', name_ru: 'Name (Russian)',
        languages: 'Language requirements', language: 'Language', minLevel: 'Minimum level', addLanguage: 'Add a language', qualifications: 'Required qualifications',
        qualificationsHint: 'Codes separated by commas, e.g. first-aid, protocol-training', minAge: 'Minimum age', minHours: 'Minimum approved hours',
        ageAtLeast: 'age %{age}+', hoursAtLeast: '%{hours} h+ approved volunteering', noRequirements: 'No special requirements',
      },
      policy: {
        tab: 'Policy', saved: 'Policy saved.', hint: 'The center’s rostering rules. An empty field means no such limit.',
        weeklyCap: 'Weekly hour cap', minRest: 'Minimum rest between shifts (hours)', maxPerDay: 'Maximum shifts per day',
        noShowLimit: 'No-show limit (then no self sign-up)', swapApproval: 'Swaps need a coordinator’s approval',
      },
      daySheet: {
        title: 'Day sheet', heading: 'Day sheet', previous: 'Previous day', next: 'Next day', date: 'Date', print: 'Print',
        summary: 'Shifts: %{shifts}, volunteers: %{people}', empty: 'No published shifts on this day.', time: 'Time', people: 'Volunteers', fill: 'Filled',
      },
      feed: {
        title: 'Center calendar link (iCal)', newLink: 'Create a new link', revoke: 'Revoke the link', revoked: 'Link revoked.',
        hint: 'All shifts of the center (fill counts only, no names) in Google, Outlook or Apple Calendar. The link is secret; a new link revokes the old one.',
        created: 'New link created. Copy it now — it is not shown again.',
      },
      roleBoard: {
        title: 'Role board', event: 'Event', refresh: 'Refresh', checkGaps: 'Check gaps', total: 'Filled: %{filled} / %{needed}',
        noShifts: 'No published shifts for this event yet.', gapsTitle: 'Gaps to fill before the event day', noGaps: 'Every block is full — no gaps.',
        gapsSummary: 'Blocks short: %{blocks}, volunteers missing: %{missing}', gapLine: '%{missing} missing (%{filled}/%{needed})',
        shift: 'Shift', shiftN: 'Shift #%{n}', needs: 'Needs', removed: 'Volunteer removed from the shift.', speaks: 'Speaks', anyLanguage: 'Any language',
        noCandidates: 'No matching volunteers.',
      },
      langs: {
        az: 'Azerbaijani', en: 'English', ru: 'Russian', tr: 'Turkish', de: 'German', fr: 'French', ar: 'Arabic', fa: 'Persian',
        zh: 'Chinese', es: 'Spanish', it: 'Italian', ka: 'Georgian',
      },
      weekdays: { 1: 'Mon', 2: 'Tue', 3: 'Wed', 4: 'Thu', 5: 'Fri', 6: 'Sat', 7: 'Sun' },
    },
  },
  ru: {
    rostering: {
      menu: { myShifts: 'Мои смены', openShifts: 'Открытые смены', week: 'Неделя', templates: 'Шаблоны смен', daySheet: 'Список на день', roleBoard: 'Доска ролей' },
      myShifts: {
        title: 'Мои смены', upcoming: 'Предстоящие', past: 'Прошедшие', empty: 'Смен пока нет.', cancel: 'Отказаться', cancelled: 'Вы отказались от смены.',
        waitlisted: 'В листе ожидания', assigned: 'Подтверждена', completed: 'Завершена', no_show: 'Неявка', swap: 'Предложить обмен', swapOffered: 'Ваша смена предложена для обмена.',
        calendar: 'Ссылка для календаря', calendarHint: 'Добавьте ссылку в Google, Outlook или Apple Calendar. Новая ссылка отменяет старую.', newLink: 'Создать новую ссылку',
      },
      open: {
        title: 'Смены, которые я могу взять', date: 'Дата', signUp: 'Записаться', waitlist: 'В лист ожидания', signedUp: 'Вы записаны.', waitlistedOk: 'Вы в листе ожидания.',
        mine: 'Вы на этой смене', empty: 'На выбранную дату открытых смен нет.', free: 'свободно: %{free}', all: 'Все',
      },
      week: {
        title: 'Неделя', center: 'Центр', previous: 'Предыдущая неделя', next: 'Следующая неделя', full: 'Заполнена', partial: 'Частично', empty: 'Пусто',
        people: 'На смене', nobody: 'Пока никого.', candidates: 'Подходящие волонтёры', assign: 'Назначить', assigned: 'Назначено.', remove: 'Снять',
        reason: 'Причина исключения из правил', language: 'Язык (напр. en, tr)', close: 'Закрыть', daySheet: 'Список на день (печать)',
      },
      templates: {
        title: 'Шаблоны смен', tab: 'Недельные шаблоны', create: 'Новый шаблон', empty: 'Для этого центра шаблонов пока нет.',
        hint: 'Шаблон описывает смену, которая повторяется каждую неделю. Создайте смены на выбранный период; смены, на которых уже есть люди, не меняются.',
        noPositions: 'В этом центре пока нет позиций. Сначала добавьте позицию в разделе «Позиции».',
        position: 'Позиция', weekdays: 'Дни недели', time: 'Время', slots: 'Мест', visibility: 'Запись', window: 'Запись и отказ', inactive: 'Неактивен',
        open: 'Волонтёры записываются сами', assign_only: 'Назначает только координатор', opensAlways: 'Запись открыта всегда', opensDays: 'Запись открывается за %{days} дн.',
        noCutoff: 'Без срока отказа', cutoffHours: 'Отказ не позднее чем за %{hours} ч', generate: 'Создать смены', edit: 'Изменить', delete: 'Удалить',
        confirmDelete: 'Удалить шаблон? Уже созданные по нему смены останутся.', deleted: 'Шаблон удалён.', saved: 'Шаблон сохранён.',
        editTitle: 'Изменить шаблон', createTitle: 'Новый шаблон смены', start: 'Начало', end: 'Окончание', opensBefore: 'Запись открывается (за сколько дней)',
        cutoff: 'Срок отказа (за сколько часов)', emptyMeansNone: 'Пустое поле — без ограничения.', active: 'Активен', save: 'Сохранить',
        generateTitle: 'Создать смены: %{position}', from: 'С', to: 'По', generateRun: 'Создать',
        generateHint: 'Создаёт смены шаблона за период, пропуская нерабочие дни. Смены без записавшихся заменяются по текущему шаблону; смены с людьми остаются как есть.',
        created: 'Создано: %{n}', kept: 'Оставлено (есть люди): %{n}', removed: 'Удалено: %{n}',
      },
      positions: {
        tab: 'Позиции', create: 'Новая позиция', empty: 'В этом центре пока нет позиций.', name: 'Название', code: 'Код', requirements: 'Требования', saved: 'Позиция сохранена.',
        editTitle: 'Изменить позицию', createTitle: 'Новая позиция', name_az: 'Название (азербайджанский)', name_en: 'Название (английский)', name_ru: 'Название (русский)',
        languages: 'Требования к языкам', language: 'Язык', minLevel: 'Минимальный уровень', addLanguage: 'Добавить язык', qualifications: 'Нужные квалификации',
        qualificationsHint: 'Коды через запятую, напр. first-aid, protocol-training', minAge: 'Минимальный возраст', minHours: 'Минимум подтверждённых часов',
        ageAtLeast: 'от %{age} лет', hoursAtLeast: 'от %{hours} ч подтверждённой работы', noRequirements: 'Особых требований нет',
      },
      policy: {
        tab: 'Правила', saved: 'Правила сохранены.', hint: 'Правила графика центра. Пустое поле означает, что такого ограничения нет.',
        weeklyCap: 'Лимит часов в неделю', minRest: 'Минимальный отдых между сменами (ч)', maxPerDay: 'Максимум смен в день',
        noShowLimit: 'Лимит неявок (после него — без самостоятельной записи)', swapApproval: 'Обмен сменами требует одобрения координатора',
      },
      daySheet: {
        title: 'Список на день', heading: 'Список смен на день', previous: 'Предыдущий день', next: 'Следующий день', date: 'Дата', print: 'Печать',
        summary: 'Смен: %{shifts}, волонтёров: %{people}', empty: 'На этот день опубликованных смен нет.', time: 'Время', people: 'Волонтёры', fill: 'Заполнено',
      },
      feed: {
        title: 'Ссылка на календарь центра (iCal)', newLink: 'Создать новую ссылку', revoke: 'Отозвать ссылку', revoked: 'Ссылка отозвана.',
        hint: 'Все смены центра (только заполненность, без имён) в Google, Outlook или Apple Calendar. Ссылка секретная; новая ссылка отменяет старую.',
        created: 'Новая ссылка создана. Скопируйте её сейчас — больше она не будет показана.',
      },
      roleBoard: {
        title: 'Доска ролей', event: 'Мероприятие', refresh: 'Обновить', checkGaps: 'Проверить пробелы', total: 'Заполнено: %{filled} / %{needed}',
        noShifts: 'У этого мероприятия пока нет опубликованных смен.', gapsTitle: 'Пробелы, которые нужно закрыть до дня мероприятия', noGaps: 'Все блоки заполнены — пробелов нет.',
        gapsSummary: 'Незаполненных блоков: %{blocks}, не хватает волонтёров: %{missing}', gapLine: 'не хватает: %{missing} (%{filled}/%{needed})',
        shift: 'Смена', shiftN: 'Смена №%{n}', needs: 'Требуется', removed: 'Волонтёр снят со смены.', speaks: 'Говорит на', anyLanguage: 'Любой язык',
        noCandidates: 'Подходящих волонтёров нет.',
      },
      langs: {
        az: 'Азербайджанский', en: 'Английский', ru: 'Русский', tr: 'Турецкий', de: 'Немецкий', fr: 'Французский', ar: 'Арабский', fa: 'Персидский',
        zh: 'Китайский', es: 'Испанский', it: 'Итальянский', ka: 'Грузинский',
      },
      weekdays: { 1: 'Пн', 2: 'Вт', 3: 'Ср', 4: 'Чт', 5: 'Пт', 6: 'Сб', 7: 'Вс' },
    },
  },
};
