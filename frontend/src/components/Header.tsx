import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { useSession } from '../session/session';
import { LiveIndicator } from '../live/live';
import { NotificationBell } from '../features/notifications/NotificationBell';

function NavLink({ href, children }: { href: string; children: string }) {
  const { path } = useLocation();
  return (
    <a href={href} aria-current={path === href ? 'page' : undefined}>
      {children}
    </a>
  );
}

function Account() {
  const { state, signOut } = useSession();
  const { route } = useLocation();

  if (state.status === 'loading') return <p class="account">Signing you in…</p>;
  if (state.status === 'signed-out') {
    return (
      <p class="account">
        <a href="/signin">Sign in</a>
        <a href="/signup" class="button button--small">
          Sign up
        </a>
      </p>
    );
  }
  const onSignOut = async () => {
    await signOut();
    route('/');
  };
  return (
    <div class="account">
      <LiveIndicator />
      <NotificationBell userId={state.me.id} />
      <span class="account__name">
        <span class="account__label">Signed in as </span>
        <strong>{state.me.display_name}</strong>
      </span>
      <button type="button" class="button--small button--quiet" onClick={onSignOut}>
        Sign out
      </button>
    </div>
  );
}

export function Header() {
  const { me } = useSession();
  const { path } = useLocation();
  // On a phone the links fold behind "Menu" so the header stays one or two rows; following a
  // link folds them again. On wider screens CSS shows them always and hides the button.
  const [menuOpen, setMenuOpen] = useState(false);
  useEffect(() => setMenuOpen(false), [path]);
  return (
    <header class="site-header">
      <a class="skip-link" href="#main">
        Skip to main content
      </a>
      <div class="wrap site-header__inner">
        <a href="/" class="brand">
          Commonground
        </a>
        <button
          type="button"
          class="menu-toggle button--small button--quiet"
          aria-expanded={menuOpen}
          aria-controls="main-nav"
          onClick={() => setMenuOpen((open) => !open)}
        >
          Menu
        </button>
        <nav id="main-nav" aria-label="Main" class={menuOpen ? 'site-nav site-nav--open' : 'site-nav'}>
          <ul>
            <li>
              <NavLink href="/neighbourhoods">Neighbourhoods</NavLink>
            </li>
            <li>
              <NavLink href="/organisations">Organisations</NavLink>
            </li>
            {me && (
              <li>
                <NavLink href="/neighbourhoods/new">Start a neighbourhood</NavLink>
              </li>
            )}
          </ul>
        </nav>
        <Account />
      </div>
    </header>
  );
}
