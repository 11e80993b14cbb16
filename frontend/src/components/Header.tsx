import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { useSession } from '../session/session';
import { LiveIndicator } from '../live/live';
import { NotificationBell } from '../features/notifications/NotificationBell';
import { t } from '../i18n';
import { LanguageSwitch } from '../i18n/LanguageSwitch';

function NavLink({ href, children }: { href: string; children: string }) {
  const { path } = useLocation();
  return (
    <a href={href} aria-current={path === href ? 'page' : undefined}>
      {children}
    </a>
  );
}

function Account() {
  const { state } = useSession();

  if (state.status === 'loading') return <p class="account">{t('header-signing-in')}</p>;
  if (state.status === 'signed-out') {
    return (
      <p class="account">
        <a href="/signin">{t('header-sign-in')}</a>
        <a href="/signup" class="button button--small">
          {t('header-sign-up')}
        </a>
      </p>
    );
  }
  return (
    <div class="account">
      <LiveIndicator />
      <NotificationBell userId={state.me.id} />
      <span class="account__name">
        <span class="account__label">{t('header-signed-in-as')} </span>
        <strong dir="auto">{state.me.display_name}</strong>
      </span>
      <SignOutButton class="account__sign-out" />
    </div>
  );
}

/** Signing out, then home. On a phone it sits in the menu (`site-nav__sign-out`), so the
 * header's second row keeps to the live status, the bell and the name in every language. */
function SignOutButton({ class: extra }: { class?: string }) {
  const { signOut } = useSession();
  const { route } = useLocation();
  const onSignOut = async () => {
    await signOut();
    route('/');
  };
  return (
    <button
      type="button"
      class={extra ? `button--small button--quiet ${extra}` : 'button--small button--quiet'}
      onClick={onSignOut}
    >
      {t('header-sign-out')}
    </button>
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
        {t('header-skip-to-main')}
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
          {t('header-menu')}
        </button>
        <nav
          id="main-nav"
          aria-label={t('header-nav-label')}
          class={menuOpen ? 'site-nav site-nav--open' : 'site-nav'}
        >
          <ul>
            <li>
              <NavLink href="/neighbourhoods">{t('nav-neighbourhoods')}</NavLink>
            </li>
            <li>
              <NavLink href="/organisations">{t('nav-organisations')}</NavLink>
            </li>
            {me && (
              <li>
                <NavLink href="/neighbourhoods/new">{t('nav-start-neighbourhood')}</NavLink>
              </li>
            )}
            {me && (
              <li class="site-nav__sign-out">
                <SignOutButton />
              </li>
            )}
          </ul>
        </nav>
        <LanguageSwitch />
        <Account />
      </div>
    </header>
  );
}
