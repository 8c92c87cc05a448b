import type { FeatureMessages } from '../../i18n/catalogue';

export const applicantHomeMessages: FeatureMessages = {
  az: {
    applicantHome: {
      menu: 'Müraciətlərim', title: 'Müraciətlərim', empty: 'Hələ müraciətiniz yoxdur.', number: 'Müraciət №%{number}', submittedOn: 'Göndərilib: %{date}',
      stage: 'Mərhələ', next: 'Növbəti addım', openStatus: 'Müraciət səhifəsini aç', book: 'Müsahibə vaxtı seç', interview: 'Müsahibə: %{time}, %{place}',
      applyAgain: 'Yenidən müraciət et', apply: 'Müraciət et', applyAgainHint: 'Forma son müraciətinizdəki məlumatlarla doldurulacaq.', openIntakes: 'Açıq qəbullar',
      steps: {
        verifyEmail: 'E-poçtunuzu təsdiqləyin: məktubdakı kodu və ya keçidi istifadə edin.', waitForScreening: 'Koordinator müraciətinizə baxır. Nəticə barədə e-poçtla xəbər veriləcək.',
        bookInterview: 'Müsahibə üçün uyğun vaxtı seçin.', attendInterview: 'Müsahibəyə vaxtında gəlin. Şəxsiyyət vəsiqənizi götürün.', waitForDecision: 'Qərar gözlənilir.',
        onboarding: 'Qəbul olundunuz! Təlim və sənədlər üçün koordinatorunuz sizinlə əlaqə saxlayacaq.', done: 'Siz artıq könüllüsünüz. Növbələrinizi “Növbələrim” bölməsində görəcəksiniz.',
        waitlisted: 'Gözləmə siyahısındasınız: yer açılan kimi xəbər veriləcək.', applyAgain: 'Bu müraciət bağlanıb. Açıq qəbula yenidən müraciət edə bilərsiniz.',
      },
    },
  },
  en: {
    applicantHome: {
      menu: 'My applications', title: 'My applications', empty: 'You have no application yet.', number: 'Application No. %{number}', submittedOn: 'Submitted: %{date}',
      stage: 'Stage', next: 'Next step', openStatus: 'Open the application page', book: 'Choose an interview time', interview: 'Interview: %{time}, %{place}',
      applyAgain: 'Apply again', apply: 'Apply', applyAgainHint: 'The form is filled in from your last application.', openIntakes: 'Open intakes',
      steps: {
        verifyEmail: 'Confirm your e-mail: use the code or the link of the mail.', waitForScreening: 'A coordinator is reviewing your application. You will hear by e-mail.',
        bookInterview: 'Choose a time for your interview.', attendInterview: 'Come to the interview on time. Bring your ID card.', waitForDecision: 'Waiting for the decision.',
        onboarding: 'You are accepted! Your coordinator will contact you about training and documents.', done: 'You are a volunteer now. Your shifts are under “My shifts”.',
        waitlisted: 'You are on the waiting list: we will write as soon as a place opens.', applyAgain: 'This application is closed. You may apply to an open intake again.',
      },
    },
  },
  ru: {
    applicantHome: {
      menu: 'Мои заявки', title: 'Мои заявки', empty: 'У вас пока нет заявок.', number: 'Заявка № %{number}', submittedOn: 'Отправлена: %{date}',
      stage: 'Этап', next: 'Следующий шаг', openStatus: 'Открыть страницу заявки', book: 'Выбрать время собеседования', interview: 'Собеседование: %{time}, %{place}',
      applyAgain: 'Подать заявку снова', apply: 'Подать заявку', applyAgainHint: 'Форма будет заполнена данными вашей последней заявки.', openIntakes: 'Открытые наборы',
      steps: {
        verifyEmail: 'Подтвердите e-mail: используйте код или ссылку из письма.', waitForScreening: 'Координатор рассматривает вашу заявку. Результат придёт по e-mail.',
        bookInterview: 'Выберите время собеседования.', attendInterview: 'Приходите на собеседование вовремя, с удостоверением личности.', waitForDecision: 'Ожидается решение.',
        onboarding: 'Вы приняты! Координатор свяжется с вами насчёт обучения и документов.', done: 'Вы уже волонтёр. Ваши смены — в разделе «Мои смены».',
        waitlisted: 'Вы в листе ожидания: напишем, как только освободится место.', applyAgain: 'Эта заявка закрыта. Вы можете снова подать заявку в открытый набор.',
      },
    },
  },
};
