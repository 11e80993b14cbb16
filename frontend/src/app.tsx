import { LocationProvider, Route, Router } from 'preact-iso';
import { Header } from './components/Header';
import { SessionProvider } from './session/session';
import { LiveProvider } from './live/live';
import { Home } from './pages/Home';
import { SignIn } from './pages/SignIn';
import { SignUp } from './pages/SignUp';
import { Directory } from './pages/Directory';
import { CreateNeighbourhood } from './pages/CreateNeighbourhood';
import { NeighbourhoodPage } from './pages/NeighbourhoodPage';
import { NotFound } from './pages/NotFound';
import { ReportPage } from './pages/ReportPage';
import { IssuePage } from './pages/IssuePage';
import { Organisations } from './pages/Organisations';
import { OrganisationPage } from './pages/OrganisationPage';
import { NotificationBanner } from './features/notifications/NotificationBanner';
import { TaskBoardPage } from './pages/TaskBoardPage';
import { NewTaskPage } from './pages/NewTaskPage';
import { TaskPage } from './pages/TaskPage';
import { VerificationQueuePage } from './pages/VerificationQueuePage';
import { HoursPage } from './pages/HoursPage';
import { DashboardPage } from './pages/DashboardPage';
import { TriagePage } from './pages/TriagePage';
import { ThreadsPage } from './pages/ThreadsPage';
import { ThreadPage } from './pages/ThreadPage';
import { ModerationPage } from './pages/ModerationPage';
import { NotificationsPage } from './pages/NotificationsPage';
import { NotificationPreferencesPage } from './pages/NotificationPreferencesPage';
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
