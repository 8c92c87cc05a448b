import type { Messages } from './catalogue';

/** Messages newer than the published ra-language-russian (5.4), so Russian screens show no English. */
export const raRussianPatch: Messages = {
  ra: {
    // 5.4 still says %{field}; react-admin 5.15 fills %{field_lower_first}.
    sort: { sort_by: 'Сортировать по %{field_lower_first} %{order}' },
    guesser: {
      empty: { title: 'Нет данных для отображения', message: 'Проверьте источник данных' },
    },
  },
};
