import type { FeatureMessages } from '../../i18n/catalogue';

/** Swap offers (volunteer), swap approvals (coordinator), non-working days (admin) and the event's set-up (organiser). */
export const swapsMessages: FeatureMessages = {
  az: {
    rostering: {
      swapMenu: { offers: 'Dəyişmə təklifləri', approvals: 'Dəyişmə təsdiqləri', holidays: 'Qeyri-iş günləri', eventSetup: 'Tədbirin vəzifələri' },
      swaps: {
        title: 'Dəyişmə təklifləri',
        hint: 'Həmkarlarınızın sizə və ya hamıya təklif etdiyi növbələr. Növbəni götürsəniz, o sizin növbənizə çevrilir.',
        empty: 'Hazırda sizə açıq dəyişmə təklifi yoxdur.',
        direct: 'Şəxsən sizə təklif olunub', pool: 'Hamıya açıqdır', needsApproval: 'Koordinatorun təsdiqi lazımdır', needsApprovalEvent: 'Təşkilatçının təsdiqi lazımdır',
        waitingChip: 'Koordinatorun təsdiqini gözləyir', waitingChipEvent: 'Təşkilatçının təsdiqini gözləyir', take: 'Götür',
        accepted: 'Növbə artıq sizindir — onu «Növbələrim» bölməsində görəcəksiniz.',
        waiting: 'Sorğunuz qəbul olundu və koordinatorun təsdiqini gözləyir. Təsdiqdən sonra növbə sizin adınıza keçəcək.',
        waitingEvent: 'Sorğunuz qəbul olundu və təşkilatçının təsdiqini gözləyir. Təsdiqdən sonra növbə sizin adınıza keçəcək.',
        toMyShifts: 'Növbələrimə keç',
      },
      approvals: {
        title: 'Dəyişmə təsdiqləri',
        hint: 'Mərkəzlərinizdə və tədbirlərinizdə könüllülərin bir-birinə ötürmək istədiyi növbələr. Təsdiq etdikdə növbə götürən könüllüyə keçir.',
        empty: 'Təsdiq gözləyən dəyişmə yoxdur.',
        shift: 'Növbə', place: 'Yer', giver: 'Verən', taker: 'Götürən', approve: 'Təsdiq et', reject: 'Rədd et',
        approved: 'Dəyişmə təsdiqləndi: növbə artıq %{taker} adınadır.', rejected: 'Dəyişmə rədd edildi: növbə %{giver} adında qalır.',
      },
      holidays: {
        title: 'Qeyri-iş günləri',
        hint: 'Bayram və qeyri-iş günlərində şablonlardan növbə yaradılmır. Tarix dəyişmir: başqa tarix üçün yeni gün əlavə edin.',
        empty: '%{year} ili üçün qeyri-iş günü yoxdur.',
        create: 'Gün əlavə et', createTitle: 'Yeni qeyri-iş günü', editTitle: 'Qeyri-iş gününü redaktə et',
        date: 'Tarix', name: 'Adı', kind: 'Növü', saved: 'Qeyri-iş günü yadda saxlanıldı.', deleted: 'Qeyri-iş günü silindi.',
        confirmDelete: '%{date} qeyri-iş günləri siyahısından silinsin?', confirmReplace: '%{date} artıq siyahıdadır. Onun məlumatları yenisi ilə əvəz olunsun?', prevYear: 'Əvvəlki il', nextYear: 'Növbəti il',
        kinds: { holiday: 'Bayram günü', transferred: 'Köçürülmüş istirahət günü', closure: 'Bağlı gün' },
      },
      eventSetup: {
        title: 'Tədbirin vəzifələri və qaydaları',
        empty: 'Bu tədbirdə hələ vəzifə yoxdur.',
        policyHint: 'Tədbirin növbə qaydaları. Boş sahə həmin məhdudiyyətin olmadığını bildirir.',
        open: 'Vəzifələr və qaydalar',
      },
    },
  },
  en: {
    rostering: {
      swapMenu: { offers: 'Swap offers', approvals: 'Swap approvals', holidays: 'Non-working days', eventSetup: 'Event positions' },
      swaps: {
        title: 'Swap offers',
        hint: 'Shifts colleagues offered to you or to everyone. When you take one, it becomes your shift.',
        empty: 'No swap offers are open to you right now.',
        direct: 'Offered to you personally', pool: 'Open to everyone', needsApproval: 'Needs a coordinator’s approval', needsApprovalEvent: 'Needs the organiser’s approval',
        waitingChip: 'Waiting for the coordinator’s approval', waitingChipEvent: 'Waiting for the organiser’s approval', take: 'Take',
        accepted: 'The shift is yours now — you will find it in My shifts.',
        waiting: 'Your request is in and waits for the coordinator’s approval. Once approved, the shift moves to you.',
        waitingEvent: 'Your request is in and waits for the organiser’s approval. Once approved, the shift moves to you.',
        toMyShifts: 'Go to My shifts',
      },
      approvals: {
        title: 'Swap approvals',
        hint: 'Shifts at your centers and events that volunteers want to hand over to each other. Approving moves the shift to the volunteer taking it.',
        empty: 'No swaps are waiting for approval.',
        shift: 'Shift', place: 'Place', giver: 'Giving', taker: 'Taking', approve: 'Approve', reject: 'Reject',
        approved: 'Swap approved: the shift is now %{taker}’s.', rejected: 'Swap rejected: the shift stays with %{giver}.',
      },
      holidays: {
        title: 'Non-working days',
        hint: 'Templates create no shifts on public holidays and other non-working days. The date cannot change: add a new day for another date.',
        empty: 'No non-working days in %{year}.',
        create: 'Add a day', createTitle: 'New non-working day', editTitle: 'Edit non-working day',
        date: 'Date', name: 'Name', kind: 'Kind', saved: 'Non-working day saved.', deleted: 'Non-working day deleted.',
        confirmDelete: 'Remove %{date} from the non-working days?', confirmReplace: '%{date} is already on the list. Replace it with this one?', prevYear: 'Previous year', nextYear: 'Next year',
        kinds: { holiday: 'Public holiday', transferred: 'Transferred day off', closure: 'Closure' },
      },
      eventSetup: {
        title: 'Event positions and policy',
        empty: 'This event has no positions yet.',
        policyHint: 'The event’s rostering rules. An empty field means no such limit.',
        open: 'Positions and policy',
      },
    },
  },
  ru: {
    rostering: {
      swapMenu: { offers: 'Предложения обмена', approvals: 'Одобрение обменов', holidays: 'Нерабочие дни', eventSetup: 'Позиции мероприятия' },
      swaps: {
        title: 'Предложения обмена',
        hint: 'Смены, которые коллеги предложили вам лично или всем. Взяв смену, вы становитесь на неё вместо коллеги.',
        empty: 'Сейчас для вас нет открытых предложений обмена.',
        direct: 'Предложено вам лично', pool: 'Открыто для всех', needsApproval: 'Нужно одобрение координатора', needsApprovalEvent: 'Нужно одобрение организатора',
        waitingChip: 'Ждёт одобрения координатора', waitingChipEvent: 'Ждёт одобрения организатора', take: 'Взять',
        accepted: 'Смена теперь ваша — она появится в разделе «Мои смены».',
        waiting: 'Запрос принят и ждёт одобрения координатора. После одобрения смена перейдёт к вам.',
        waitingEvent: 'Запрос принят и ждёт одобрения организатора. После одобрения смена перейдёт к вам.',
        toMyShifts: 'К моим сменам',
      },
      approvals: {
        title: 'Одобрение обменов',
        hint: 'Смены в ваших центрах и на ваших мероприятиях, которые волонтёры хотят передать друг другу. После одобрения смена переходит к тому, кто её берёт.',
        empty: 'Нет обменов, ожидающих одобрения.',
        shift: 'Смена', place: 'Место', giver: 'Отдаёт', taker: 'Берёт', approve: 'Одобрить', reject: 'Отклонить',
        approved: 'Обмен одобрен: смена теперь у %{taker}.', rejected: 'Обмен отклонён: смена остаётся у %{giver}.',
      },
      holidays: {
        title: 'Нерабочие дни',
        hint: 'В праздничные и нерабочие дни шаблоны не создают смен. Дату изменить нельзя: для другой даты добавьте новый день.',
        empty: 'В %{year} году нет нерабочих дней.',
        create: 'Добавить день', createTitle: 'Новый нерабочий день', editTitle: 'Изменить нерабочий день',
        date: 'Дата', name: 'Название', kind: 'Вид', saved: 'Нерабочий день сохранён.', deleted: 'Нерабочий день удалён.',
        confirmDelete: 'Удалить %{date} из нерабочих дней?', confirmReplace: '%{date} уже есть в списке. Заменить его новыми данными?', prevYear: 'Предыдущий год', nextYear: 'Следующий год',
        kinds: { holiday: 'Праздничный день', transferred: 'Перенесённый выходной', closure: 'Закрыто' },
      },
      eventSetup: {
        title: 'Позиции и правила мероприятия',
        empty: 'У этого мероприятия пока нет позиций.',
        policyHint: 'Правила графика мероприятия. Пустое поле означает, что такого ограничения нет.',
        open: 'Позиции и правила',
      },
    },
  },
};
