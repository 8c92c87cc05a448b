import type { Locale } from './locale';

/** The texts of the shared layout and partials, available in templates as `@strings.<key>`. */
export interface LayoutStrings {
  programmeName: string;
  agencyName: string;
  /** Why the recipient got this mail; shown in the footer of every message. */
  automaticNotice: string;
  unsubscribeLead: string;
  unsubscribeLabel: string;
  /** Under every button, for mail clients that block buttons. */
  linkFallback: string;
  position: string;
  place: string;
  address: string;
  time: string;
}

export const layoutStrings: Record<Locale, LayoutStrings> = {
  az: {
    programmeName: 'Könüllü DOST',
    agencyName: 'Dayanıqlı və Operativ Sosial Təminat (DOST) Agentliyi',
    automaticNotice: 'Bu məktub avtomatik göndərilib, ona cavab yazmağa ehtiyac yoxdur.',
    unsubscribeLead: 'Belə məktubları almaq istəmirsinizsə,',
    unsubscribeLabel: 'abunəlikdən çıxın',
    linkFallback: 'Düymə işləmirsə, bu keçidi brauzerinizə köçürün:',
    position: 'Vəzifə',
    place: 'Yer',
    address: 'Ünvan',
    time: 'Vaxt',
  },
  en: {
    programmeName: 'Könüllü DOST',
    agencyName: 'Sustainable and Operative Social Security (DOST) Agency',
    automaticNotice: 'This message was sent automatically; there is no need to reply.',
    unsubscribeLead: 'If you no longer want messages like this one,',
    unsubscribeLabel: 'unsubscribe',
    linkFallback: 'If the button does not work, copy this link into your browser:',
    position: 'Position',
    place: 'Place',
    address: 'Address',
    time: 'Time',
  },
  ru: {
    programmeName: 'Könüllü DOST',
    agencyName: 'Агентство устойчивого и оперативного социального обеспечения (DOST)',
    automaticNotice: 'Это письмо отправлено автоматически, отвечать на него не нужно.',
    unsubscribeLead: 'Если вы не хотите получать такие письма,',
    unsubscribeLabel: 'отпишитесь',
    linkFallback: 'Если кнопка не работает, скопируйте эту ссылку в браузер:',
    position: 'Позиция',
    place: 'Место',
    address: 'Адрес',
    time: 'Время',
  },
};
