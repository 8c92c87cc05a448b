import { lazy, Suspense, type ComponentType } from 'react';
import { Loading } from 'react-admin';

/**
 * A page loaded when it is first shown, from its own chunk of the build — the console's first screen (login)
 * downloads only what it needs (docs/deployment.md → "The console's files"). Every page of routes.tsx and
 * resources.tsx goes through it:
 *
 *   const WeekViewPage = lazyPage(() => import('./week-view-page'), 'WeekViewPage');
 *   <Route key="rostering-week" path="/rostering/week" element={<WeekViewPage />} />
 *
 * The import must stay a literal `import('./file')` so the bundler can split there; the name picks the
 * export (pages are named exports). Until the chunk arrives react-admin's spinner is shown.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any component's props pass through unchanged
export function lazyPage<M extends Record<K, ComponentType<any>>, K extends keyof M & string>(load: () => Promise<M>, name: K): M[K] {
  const Lazy = lazy(async () => ({ default: (await load())[name] }));
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const Page = (props: any) => (
    <Suspense fallback={<Loading />}>
      <Lazy {...props} />
    </Suspense>
  );
  Page.displayName = `lazy(${name})`;
  return Page as unknown as M[K];
}
