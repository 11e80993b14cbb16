import { useState } from 'preact/hooks';
import { LocationProvider, Route, Router } from 'preact-iso';
import { Header } from './components/Header';
import { SessionProvider } from './session/session';
import { LiveProvider } from './live/live';
import { Home } from './pages/Home';
import { NotFound } from './pages/NotFound';
import { lazyPage } from './pages/lazyPage';
import { NotificationBanner } from './features/notifications/NotificationBanner';
import { OfflineQueue } from './features/issues/OfflineQueue';
import { LocaleProvider } from './i18n/LocaleProvider';
import { Markup } from './i18n/Markup';
import { t } from './i18n';

// Every page but the home page is its own chunk, loaded when its route is first shown: the first
// load of the home page stays small on a weak phone and connection (docs/architecture.md, "Front
// end: loading on a weak phone"). Leaflet comes after the list or the figures of the pages that
// draw a map (`lazyPart`); Swagger UI only with the backend's /api/docs page.
const SignIn = lazyPage(() => import('./features/accounts/SignIn').then((m) => m.SignIn));
const SignUp = lazyPage(() => import('./features/accounts/SignUp').then((m) => m.SignUp));
const Directory = lazyPage(() => import('./features/neighbourhoods/Directory').then((m) => m.Directory));
const LeafletPage = lazyPage(() =>
  import('./features/neighbourhoods/LeafletPage').then((m) => m.LeafletPage),
);
const CreateNeighbourhood = lazyPage(() =>
  import('./features/neighbourhoods/CreateNeighbourhood').then((m) => m.CreateNeighbourhood),
);
const NeighbourhoodPage = lazyPage(() =>
  import('./features/neighbourhoods/NeighbourhoodPage').then((m) => m.NeighbourhoodPage),
);
const ReportPage = lazyPage(() => import('./features/issues/ReportPage').then((m) => m.ReportPage));
const IssuePage = lazyPage(() => import('./features/issues/IssuePage').then((m) => m.IssuePage));
const Organisations = lazyPage(() =>
  import('./features/organisations/Organisations').then((m) => m.Organisations),
);
const OrganisationPage = lazyPage(() =>
  import('./features/organisations/OrganisationPage').then((m) => m.OrganisationPage),
);
const TaskBoardPage = lazyPage(() => import('./features/tasks/TaskBoardPage').then((m) => m.TaskBoardPage));
const NewTaskPage = lazyPage(() => import('./features/tasks/NewTaskPage').then((m) => m.NewTaskPage));
const TaskPage = lazyPage(() => import('./features/tasks/TaskPage').then((m) => m.TaskPage));
const VerificationQueuePage = lazyPage(() =>
  import('./features/tasks/VerificationQueuePage').then((m) => m.VerificationQueuePage),
);
const HoursPage = lazyPage(() => import('./features/tasks/HoursPage').then((m) => m.HoursPage));
const DashboardPage = lazyPage(() =>
  import('./features/dashboard/DashboardPage').then((m) => m.DashboardPage),
);
const TriagePage = lazyPage(() => import('./features/dashboard/TriagePage').then((m) => m.TriagePage));
const ThreadsPage = lazyPage(() => import('./features/discussions/ThreadsPage').then((m) => m.ThreadsPage));
const ThreadPage = lazyPage(() => import('./features/discussions/ThreadPage').then((m) => m.ThreadPage));
const ModerationPage = lazyPage(() =>
  import('./features/discussions/ModerationPage').then((m) => m.ModerationPage),
);
const NotificationsPage = lazyPage(() =>
  import('./features/notifications/NotificationsPage').then((m) => m.NotificationsPage),
);
const NotificationPreferencesPage = lazyPage(() =>
  import('./features/notifications/NotificationPreferencesPage').then((m) => m.NotificationPreferencesPage),
);
const FollowConfirmPage = lazyPage(() =>
  import('./features/follows/FollowConfirmPage').then((m) => m.FollowConfirmPage),
);
const FollowUnsubscribePage = lazyPage(() =>
  import('./features/follows/FollowUnsubscribePage').then((m) => m.FollowUnsubscribePage),
);
const InvitationsPage = lazyPage(() =>
  import('./features/invitations/InvitationsPage').then((m) => m.InvitationsPage),
);

/** Links under /api (the API docs page) are served by the backend, not routed here. */
const clientRoutes = /^\/(?!api(\/|$))/;

export function App() {
  return (
    <LocationProvider scope={clientRoutes}>
      <SessionProvider>
        <LiveProvider>
          <LocaleProvider>
            <Shell />
          </LocaleProvider>
        </LiveProvider>
      </SessionProvider>
    </LocationProvider>
  );
}

/** Everything under the language: re-rendered as a whole when the language changes. */
function Shell() {
  // True while a route's chunk is on its way: the first view shows "Loading…" (as the app shell in
  // index.html did before the script ran), later ones keep the previous page with the notice above it.
  const [loading, setLoading] = useState(false);
  return (
    <>
      <Header />
      <NotificationBanner />
      <OfflineQueue />
      <main id="main" class="wrap" tabIndex={-1}>
        {loading && (
          <p class="page-loading" role="status">
            {t('page-loading')}
          </p>
        )}
        <Router onLoadStart={() => setLoading(true)} onLoadEnd={() => setLoading(false)}>
          <Route path="/" component={Home} />
          <Route path="/signin" component={SignIn} />
          <Route path="/signup" component={SignUp} />
          <Route path="/neighbourhoods" component={Directory} />
          <Route path="/neighbourhoods/new" component={CreateNeighbourhood} />
          <Route path="/neighbourhoods/:id" component={NeighbourhoodPage} />
          <Route path="/neighbourhoods/:id/report" component={ReportPage} />
          <Route path="/neighbourhoods/:id/leaflet" component={LeafletPage} />
          <Route path="/issues/:id" component={IssuePage} />
          <Route path="/neighbourhoods/:id/tasks" component={TaskBoardPage} />
          <Route path="/neighbourhoods/:id/tasks/new" component={NewTaskPage} />
          <Route path="/neighbourhoods/:id/verify" component={VerificationQueuePage} />
          <Route path="/neighbourhoods/:id/hours" component={HoursPage} />
          <Route path="/tasks/:id" component={TaskPage} />
          <Route path="/neighbourhoods/:id/threads" component={ThreadsPage} />
          <Route path="/neighbourhoods/:id/moderation" component={ModerationPage} />
          <Route path="/threads/:id" component={ThreadPage} />
          <Route path="/organisations" component={Organisations} />
          <Route path="/organisations/:id" component={OrganisationPage} />
          <Route path="/organisations/:id/dashboard" component={DashboardPage} />
          <Route path="/organisations/:id/triage" component={TriagePage} />
          <Route path="/notifications" component={NotificationsPage} />
          <Route path="/invitations" component={InvitationsPage} />
          <Route path="/follow/confirm" component={FollowConfirmPage} />
          <Route path="/follow/unsubscribe" component={FollowUnsubscribePage} />
          <Route path="/notifications/preferences" component={NotificationPreferencesPage} />
          <Route default component={NotFound} />
        </Router>
      </main>
      <footer class="site-footer">
        <div class="wrap">
          <p>
            <Markup id="footer-about" elements={{ docs: <a href="/api/docs" lang="en" /> }} />
          </p>
        </div>
      </footer>
    </>
  );
}
