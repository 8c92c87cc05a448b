import type { FeatureMessages } from '../../i18n/catalogue';

/** The organiser's time blocks and staffing area, one shift's edit/resize/cancel, candidates' home center and hours. */
export const eventBlocksMessages: FeatureMessages = {
  az: {
    rostering: {
      blocks: {
        tab: 'Vaxt blokları',
        hint: 'Seçilmiş günlərin hər biri üçün hər sətir bir növbə yaradır: vəzifə, yer, başlama və bitmə vaxtı, könüllü sayı. Artıq olan bloklar təkrarlanmır.',
        dates: 'Günlər', addDate: 'Gün əlavə et', date: 'Tarix', noDates: 'Ən azı bir gün əlavə edin.',
        rows: 'Bloklar', addRow: 'Sətir əlavə et', position: 'Vəzifə', place: 'Yer (zal, giriş…)', start: 'Başlayır', end: 'Bitir', slots: 'Könüllü sayı', removeRow: 'Sətri sil',
        noPositions: 'Bu tədbirin hələ vəzifəsi yoxdur. Əvvəlcə «Vəzifələr» bölməsində vəzifə yaradın.',
        create: 'Blokları yarat', created: 'Yaradıldı: %{created} növbə; artıq olduğu üçün keçildi: %{skipped}.',
        copyTitle: 'Günü kopyala', copyHint: 'Bir günün bütün bloklarını (vəzifə, yer, vaxt, say) başqa günə köçürür; könüllülər köçürülmür.',
        copyFrom: 'Hansı gün', copyTo: 'Hansı günə', copy: 'Kopyala',
        toBoard: 'Rol lövhəsinə keç',
      },
      area: {
        tab: 'Könüllülər haradan',
        hint: 'Tədbir yalnız seçilmiş bölgələrin və mərkəzlərin könüllülərini (əsas və ya seçdikləri mərkəz) cəlb edir. Heç nə seçilməyibsə, bütün şəbəkə.',
        whole: 'Hazırda: bütün şəbəkə', regions: 'Bölgələr', centers: 'Ayrıca mərkəzlər', save: 'Yadda saxla', saved: 'Könüllülərin cəlb olunduğu ərazi yadda saxlanıldı.',
      },
      shiftEdit: {
        title: 'Növbəni dəyiş', start: 'Başlayır', end: 'Bitir', slots: 'Yerlərin sayı', save: 'Yadda saxla', saved: 'Növbə yadda saxlanıldı.',
        chooseRemoved: 'Yerlər təyin olunmuş könüllülərdən azdır: kimin çıxarılacağını seçin (%{needed} nəfər).', removeReason: 'Çıxarılanlara səbəb',
        cancelTitle: 'Növbəni ləğv et', cancelReason: 'Ləğv səbəbi (növbədəki hər kəsə məktubla gedəcək)', cancel: 'Növbəni ləğv et',
        cancelled: 'Növbə ləğv edildi; növbədəkilərə məktub göndərildi.', reasonRequired: 'Səbəbi yazın.', isCancelled: 'Bu növbə ləğv edilib: %{reason}',
      },
      candidate: { home: 'Əsas mərkəz: %{name}', noHome: 'Əsas mərkəzi yoxdur', week: 'Bu həftə: %{hours} saat', sameCenter: 'bu mərkəzdən' },
    },
  },
  en: {
    rostering: {
      blocks: {
        tab: 'Time blocks',
        hint: 'Each row makes one shift on each chosen day: position, place, start and end, number of volunteers. Blocks that exist already are not doubled.',
        dates: 'Days', addDate: 'Add a day', date: 'Date', noDates: 'Add at least one day.',
        rows: 'Blocks', addRow: 'Add a row', position: 'Position', place: 'Place (hall, entrance…)', start: 'Starts', end: 'Ends', slots: 'Volunteers', removeRow: 'Remove the row',
        noPositions: 'This event has no positions yet. Create them under Positions first.',
        create: 'Create the blocks', created: 'Created: %{created} shifts; skipped as already there: %{skipped}.',
        copyTitle: 'Copy a day', copyHint: 'Copies every block of one day (position, place, time, number) to another day; volunteers are not copied.',
        copyFrom: 'From day', copyTo: 'To day', copy: 'Copy',
        toBoard: 'Open the role board',
      },
      area: {
        tab: 'Where volunteers come from',
        hint: 'The event draws only on volunteers of the chosen regions and centers (home or preferred center). Nothing chosen = the whole network.',
        whole: 'Now: the whole network', regions: 'Regions', centers: 'Single centers', save: 'Save', saved: 'The area the event draws volunteers from is saved.',
      },
      shiftEdit: {
        title: 'Edit the shift', start: 'Starts', end: 'Ends', slots: 'Slots', save: 'Save', saved: 'Shift saved.',
        chooseRemoved: 'Fewer slots than people assigned: choose who is removed (%{needed}).', removeReason: 'Reason for those removed',
        cancelTitle: 'Cancel the shift', cancelReason: 'Reason (mailed to everyone on the shift)', cancel: 'Cancel the shift',
        cancelled: 'Shift cancelled; the people on it were mailed.', reasonRequired: 'Write the reason.', isCancelled: 'This shift is cancelled: %{reason}',
      },
      candidate: { home: 'Home center: %{name}', noHome: 'No home center', week: 'This week: %{hours} h', sameCenter: 'this center' },
    },
  },
  ru: {
    rostering: {
      blocks: {
        tab: 'Временные блоки',
        hint: 'Каждая строка создаёт одну смену в каждый выбранный день: позиция, место, начало и конец, число волонтёров. Уже существующие блоки не дублируются.',
        dates: 'Дни', addDate: 'Добавить день', date: 'Дата', noDates: 'Добавьте хотя бы один день.',
        rows: 'Блоки', addRow: 'Добавить строку', position: 'Позиция', place: 'Место (зал, вход…)', start: 'Начало', end: 'Конец', slots: 'Волонтёров', removeRow: 'Удалить строку',
        noPositions: 'У этого мероприятия ещё нет позиций. Сначала создайте их во вкладке «Позиции».',
        create: 'Создать блоки', created: 'Создано смен: %{created}; пропущено как уже существующие: %{skipped}.',
        copyTitle: 'Скопировать день', copyHint: 'Копирует все блоки одного дня (позиция, место, время, число) на другой день; волонтёры не копируются.',
        copyFrom: 'Из дня', copyTo: 'В день', copy: 'Скопировать',
        toBoard: 'Открыть доску ролей',
      },
      area: {
        tab: 'Откуда волонтёры',
        hint: 'Мероприятие привлекает только волонтёров выбранных регионов и центров (основной или предпочтительный центр). Ничего не выбрано — вся сеть.',
        whole: 'Сейчас: вся сеть', regions: 'Регионы', centers: 'Отдельные центры', save: 'Сохранить', saved: 'Территория, откуда привлекаются волонтёры, сохранена.',
      },
      shiftEdit: {
        title: 'Изменить смену', start: 'Начало', end: 'Конец', slots: 'Мест', save: 'Сохранить', saved: 'Смена сохранена.',
        chooseRemoved: 'Мест меньше, чем назначенных волонтёров: выберите, кого снять (%{needed} чел.).', removeReason: 'Причина для снятых',
        cancelTitle: 'Отменить смену', cancelReason: 'Причина (придёт письмом всем на смене)', cancel: 'Отменить смену',
        cancelled: 'Смена отменена; всем на ней отправлено письмо.', reasonRequired: 'Укажите причину.', isCancelled: 'Эта смена отменена: %{reason}',
      },
      candidate: { home: 'Основной центр: %{name}', noHome: 'Без основного центра', week: 'На этой неделе: %{hours} ч', sameCenter: 'этот центр' },
    },
  },
};
