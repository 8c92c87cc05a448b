import type { FeatureMessages } from '../../i18n/catalogue';

export const rosteringMessages: FeatureMessages = {
  az: {
    rostering: {
      menu: { myShifts: 'Növbələrim', openShifts: 'Açıq növbələr', week: 'Həftəlik cədvəl' },
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
      weekdays: { 1: 'B.e.', 2: 'Ç.a.', 3: 'Çərş.', 4: 'C.a.', 5: 'Cümə', 6: 'Şənbə', 7: 'Bazar' },
    },
  },
  en: {
    rostering: {
      menu: { myShifts: 'My shifts', openShifts: 'Open shifts', week: 'Week view' },
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
      weekdays: { 1: 'Mon', 2: 'Tue', 3: 'Wed', 4: 'Thu', 5: 'Fri', 6: 'Sat', 7: 'Sun' },
    },
  },
  ru: {
    rostering: {
      menu: { myShifts: 'Мои смены', openShifts: 'Открытые смены', week: 'Неделя' },
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
      weekdays: { 1: 'Пн', 2: 'Вт', 3: 'Ср', 4: 'Чт', 5: 'Пт', 6: 'Сб', 7: 'Вс' },
    },
  },
};
