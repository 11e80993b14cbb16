import { LocationProvider, Route, Router } from 'preact-iso';
import { Header } from './components/Header';
import { SessionProvider } from './session/session';
import { LiveProvider } from './live/live';
import { Home } from './pages/Home';
import { SignIn } from './features/accounts/SignIn';
import { SignUp } from './features/accounts/SignUp';
import { Directory } from './features/neighbourhoods/Directory';
import { CreateNeighbourhood } from './features/neighbourhoods/CreateNeighbourhood';
import { NeighbourhoodPage } from './features/neighbourhoods/NeighbourhoodPage';
import { NotFound } from './pages/NotFound';
import { ReportPage } from './features/issues/ReportPage';
import { IssuePage } from './features/issues/IssuePage';
import { Organisations } from './features/organisations/Organisations';
import { OrganisationPage } from './features/organisations/OrganisationPage';
import { NotificationBanner } from './features/notifications/NotificationBanner';
import { OfflineQueue } from './features/issues/OfflineQueue';
import { TaskBoardPage } from './features/tasks/TaskBoardPage';
import { NewTaskPage } from './features/tasks/NewTaskPage';
import { TaskPage } from './features/tasks/TaskPage';
import { VerificationQueuePage } from './features/tasks/VerificationQueuePage';
import { HoursPage } from './features/tasks/HoursPage';
import { DashboardPage } from './features/dashboard/DashboardPage';
import { TriagePage } from './features/dashboard/TriagePage';
import { ThreadsPage } from './features/discussions/ThreadsPage';
import { ThreadPage } from './features/discussions/ThreadPage';
import { ModerationPage } from './features/discussions/ModerationPage';
import { NotificationsPage } from './features/notifications/NotificationsPage';
import { NotificationPreferencesPage } from './features/notifications/NotificationPreferencesPage';
import { InvitationsPage } from './features/invitations/InvitationsPage';

/** Links under /api (the API docs page) are served by the backend, not routed here. */
const clientRoutes = /^\/(?!api(\/|$))/;

export function App() {
  return (
    <LocationProvider scope={clientRoutes}>
      <SessionProvider>
        <LiveProvider>
          <Header />
          <NotificationBanner />
          <OfflineQueue />
          <main id="main" class="wrap" tabIndex={-1}>
            <Router>
              <Route path="/" component={Home} />
              <Route path="/signin" component={SignIn} />
              <Route path="/signup" component={SignUp} />
              <Route path="/neighbourhoods" component={Directory} />
              <Route path="/neighbourhoods/new" component={CreateNeighbourhood} />
              <Route path="/neighbourhoods/:id" component={NeighbourhoodPage} />
              <Route path="/neighbourhoods/:id/report" component={ReportPage} />
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
              <Route path="/notifications/preferences" component={NotificationPreferencesPage} />
              <Route default component={NotFound} />
            </Router>
          </main>
          <footer class="site-footer">
            <div class="wrap">
              <p>
                Commonground is open-source software for neighbours and public services who look after a place
                together. <a href="/api/docs">API documentation</a>
              </p>
            </div>
          </footer>
        </LiveProvider>
      </SessionProvider>
    </LocationProvider>
  );
}
