// The shell: header with the screens and the language switch, the current
// screen (loaded lazily, one chunk per screen), sign-in when the hub asks.
import { QueryClientProvider } from '@tanstack/react-query';
import { Component, lazy, Suspense, useEffect, useSyncExternalStore, type ComponentType, type ReactNode } from 'react';
import { isSignInNeeded, onSessionChange } from '../api/session.ts';
import { queryClient } from '../api/query.ts';
import { Link } from '../components/Link.tsx';
import { translate, type Lang } from '../lib/i18n.ts';
import { carryState, hrefOf, SCREENS, type Screen } from '../lib/url-state.ts';
import { prefetchScreen } from '../pages/prefetch.ts';
import { I18nProvider, useI18n } from './i18n-context.tsx';
import { LoginForm } from './LoginForm.tsx';
import { useViewState } from './view-state.ts';

const PAGES: Record<Screen, React.LazyExoticComponent<ComponentType>> = {
  overview: lazy(() => import('../pages/overview/OverviewPage.tsx')),
  districts: lazy(() => import('../pages/districts/DistrictsPage.tsx')),
  budget: lazy(() => import('../pages/budget/BudgetPage.tsx')),
  products: lazy(() => import('../pages/products/ProductsPage.tsx')),
  training: lazy(() => import('../pages/training/TrainingPage.tsx')),
  plans: lazy(() => import('../pages/plans/PlansPage.tsx')),
  report: lazy(() => import('../pages/report/ReportPage.tsx')),
  entry: lazy(() => import('../pages/entry/EntryPage.tsx')),
  approvals: lazy(() => import('../pages/approvals/ApprovalsPage.tsx')),
  cycle: lazy(() => import('../pages/cycle/CyclePage.tsx')),
};

export function App() {
  const { state } = useViewState();
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider lang={state.lang}>
        <Shell />
      </I18nProvider>
    </QueryClientProvider>
  );
}

/** A new sign-in may be another user: nothing read for the last one is kept. */
function forgetAnswers(): void {
  queryClient.clear();
}

function useSignInNeeded(): boolean {
  return useSyncExternalStore(onSessionChange, isSignInNeeded, () => false);
}

function Shell() {
  const { state, screen, update } = useViewState();
  const i18n = useI18n();
  const signIn = useSignInNeeded();
  const Page = screen ? PAGES[screen] : null;
  const title = screen ? i18n.t(`screen.${screen}`) : i18n.t('screen.notFound');

  useEffect(() => {
    if (screen && !signIn) void prefetchScreen(screen, state);
  }, [screen, state, signIn]);

  useEffect(() => {
    document.documentElement.lang = state.lang;
    document.title = `${title} – OCOP`;
  }, [state.lang, title]);

  const other: Lang = state.lang === 'vi' ? 'en' : 'vi';
  return (
    <>
      <a className="skip-link" href="#main">
        {i18n.t('skipToContent')}
      </a>
      <header className="app-header">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">
            OCOP
          </span>
          <div>
            <p className="brand-title">{i18n.t('appTitle')}</p>
            <p className="brand-subtitle">{i18n.t('appSubtitle')}</p>
          </div>
        </div>
        <nav aria-label={i18n.t('mainNav')} className="app-nav">
          <ul>
            {SCREENS.map((s) => (
              <li key={s}>
                <Link href={hrefOf(s, carryState(state))} aria-current={s === screen ? 'page' : undefined}>
                  {i18n.t(`screen.${s}`)}
                </Link>
              </li>
            ))}
            <li>
              <a href="/graphql">{i18n.t('screen.explorer')}</a>
            </li>
          </ul>
        </nav>
        <button
          type="button"
          className="btn lang-switch no-print"
          lang={other}
          title={translate(other, 'switchToOtherLabel')}
          onClick={() => update({ lang: other }, { replace: true })}
        >
          {i18n.t('switchToOther')}
        </button>
      </header>
      <main id="main" tabIndex={-1}>
        {signIn ? (
          <LoginForm onDone={forgetAnswers} />
        ) : Page ? (
          <ChunkBoundary key={screen}>
            <Suspense
              fallback={
                <p className="page-loading" role="status">
                  {i18n.t('loading')}
                </p>
              }
            >
              <h1 className="page-title">{title}</h1>
              <Page />
            </Suspense>
          </ChunkBoundary>
        ) : (
          <NotFound />
        )}
      </main>
    </>
  );
}

function NotFound() {
  const i18n = useI18n();
  const { state } = useViewState();
  return (
    <section className="panel">
      <h1>{i18n.t('screen.notFound')}</h1>
      <p>{i18n.t('notFoundText')}</p>
      <p>
        <Link href={hrefOf('overview', carryState(state))}>{i18n.t('backHome')}</Link>
      </p>
    </section>
  );
}

/** A screen whose chunk failed to load (or crashed) says so and offers a reload. */
class ChunkBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  state = { error: null as Error | null };
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  render() {
    if (!this.state.error) return this.props.children;
    const lang = document.documentElement.lang === 'en' ? 'en' : 'vi';
    return (
      <div className="panel panel-error" role="alert">
        <p>
          <strong>{translate(lang, 'errorTitle')}.</strong> {this.state.error.message}
        </p>
        <button type="button" className="btn" onClick={() => window.location.reload()}>
          {translate(lang, 'retry')}
        </button>
      </div>
    );
  }
}
