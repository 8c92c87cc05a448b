import type { FeatureMessages } from '../../i18n/catalogue';

/** The volunteer's swap offer from My shifts: to everyone or to one colleague, the "offered" state and withdrawing it. */
export const swapOfferMessages: FeatureMessages = {
  az: {
    rostering: {
      swapOffer: {
        title: 'Növbəni dəyişməyə təklif et',
        hint: 'Növbəni kimə ötürmək istəyirsiniz? Kimsə götürənə qədər növbə sizin adınızda qalır.',
        pool: 'Hamıya (açıq siyahı)',
        poolHint: 'Növbəyə uyğun gələn istənilən könüllü götürə bilər.',
        colleague: 'Həmkara',
        colleagueHint: 'Təklifi yalnız seçdiyiniz həmkar görəcək.',
        pick: 'Həmkar',
        pickPlaceholder: 'Həmkar seçin',
        loading: 'Həmkarlar yüklənir…',
        none: 'Mərkəzinizdə bu növbəyə uyğun həmkar tapılmadı. Növbəni hamıya təklif edə bilərsiniz.',
        submit: 'Təklif et',
        close: 'Bağla',
        offered: 'Dəyişmə üçün təklif olunub',
        takenWaiting: 'Həmkarınız götürmək istəyir — təsdiq gözlənilir',
        withdraw: 'Təklifi geri götür',
        withdrawn: 'Təklif geri götürüldü, növbə sizdə qalır.',
      },
    },
  },
  en: {
    rostering: {
      swapOffer: {
        title: 'Offer the shift for a swap',
        hint: 'Who should be able to take it? The shift stays yours until someone does.',
        pool: 'Everyone (open pool)',
        poolHint: 'Any volunteer who fits the shift can take it.',
        colleague: 'A colleague',
        colleagueHint: 'Only the colleague you pick will see the offer.',
        pick: 'Colleague',
        pickPlaceholder: 'Pick a colleague',
        loading: 'Loading colleagues…',
        none: 'No colleague at your center fits this shift. You can offer it to everyone.',
        submit: 'Offer',
        close: 'Close',
        offered: 'Offered for a swap',
        takenWaiting: 'A colleague wants it — waiting for approval',
        withdraw: 'Withdraw the offer',
        withdrawn: 'Offer withdrawn, the shift stays yours.',
      },
    },
  },
  ru: {
    rostering: {
      swapOffer: {
        title: 'Предложить смену для обмена',
        hint: 'Кому вы хотите передать смену? Пока её никто не взял, она остаётся за вами.',
        pool: 'Всем (открытый список)',
        poolHint: 'Взять смену сможет любой подходящий волонтёр.',
        colleague: 'Коллеге',
        colleagueHint: 'Предложение увидит только выбранный коллега.',
        pick: 'Коллега',
        pickPlaceholder: 'Выберите коллегу',
        loading: 'Загружаем коллег…',
        none: 'В вашем центре нет коллег, подходящих для этой смены. Можно предложить её всем.',
        submit: 'Предложить',
        close: 'Закрыть',
        offered: 'Предложена для обмена',
        takenWaiting: 'Коллега хочет её взять — ждёт одобрения',
        withdraw: 'Отозвать предложение',
        withdrawn: 'Предложение отозвано, смена остаётся за вами.',
      },
    },
  },
};
