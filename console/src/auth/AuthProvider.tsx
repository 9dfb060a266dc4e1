import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { UserManager, WebStorageStateStore, type User } from 'oidc-client-ts';
import { Result, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { configureApi } from '../api/client';
import { userFromToken, type CurrentUser } from './roles';

/** /console-config.json, served by the gateway from deploy/env/local.env (CRM_KEYCLOAK_URL, realm, client). */
export interface ConsoleConfig {
  keycloakUrl: string;
  realm: string;
  clientId: string;
}

export interface Auth {
  user: CurrentUser;
  logout: () => void;
}

export const AuthContext = createContext<Auth | undefined>(undefined);

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth outside AuthProvider');
  return auth;
}

export const CALLBACK_PATH = '/auth/callback';

function userManager(config: ConsoleConfig): UserManager {
  const origin = window.location.origin;
  return new UserManager({
    authority: `${config.keycloakUrl}/realms/${config.realm}`,
    client_id: config.clientId,
    redirect_uri: `${origin}${CALLBACK_PATH}`,
    post_logout_redirect_uri: `${origin}/`,
    response_type: 'code', // authorization code; oidc-client-ts always adds PKCE (S256)
    scope: 'openid profile email',
    // Renews with the refresh token before the access token expires (no iframe needed).
    automaticSilentRenew: true,
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
  });
}

let signing: Promise<[UserManager, User] | undefined> | undefined;

/** Once per page (StrictMode runs effects twice; a code may be redeemed only once). */
function signIn(): Promise<[UserManager, User] | undefined> {
  signing ??= (async () => {
    const response = await fetch('/console-config.json');
    if (!response.ok) throw new Error(`/console-config.json: ${response.status}`);
    const mgr = userManager((await response.json()) as ConsoleConfig);
    let user: User | null;
    if (window.location.pathname === CALLBACK_PATH) {
      user = await mgr.signinRedirectCallback();
      const target = (user.state as string | undefined) ?? '/';
      window.history.replaceState(null, '', target.startsWith('/') ? target : '/');
    } else {
      user = await mgr.getUser();
      if (user?.expired) user = await mgr.signinSilent().catch(() => null);
    }
    if (!user) {
      await mgr.signinRedirect({ state: window.location.pathname + window.location.search });
      return undefined;
    }
    mgr.events.addSilentRenewError(() => void mgr.signinRedirect({ state: window.location.pathname }));
    configureApi({
      token: () => mgr.getUser().then((u) => u?.access_token),
      onUnauthenticated: () => void mgr.signinRedirect({ state: window.location.pathname }),
    });
    return [mgr, user];
  })();
  return signing;
}

/**
 * Signs the user in with Keycloak (authorization code + PKCE, client crm-console) before anything renders, keeps
 * the token fresh, and gives the API client the bearer token.
 */
export function AuthProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [manager, setManager] = useState<UserManager>();
  const [oidcUser, setOidcUser] = useState<User | null>(null);
  const [failure, setFailure] = useState<string>();

  useEffect(() => {
    let cancelled = false;
    signIn()
      .then((result) => {
        if (!result || cancelled) return;
        const [mgr, user] = result;
        mgr.events.addUserLoaded((u) => setOidcUser(u));
        setManager(mgr);
        setOidcUser(user);
      })
      .catch((error: unknown) => !cancelled && setFailure(String(error)));
    return () => {
      cancelled = true;
    };
  }, []);

  const auth = useMemo<Auth | undefined>(
    () =>
      manager && oidcUser
        ? { user: userFromToken(oidcUser.access_token), logout: () => void manager.signoutRedirect({ id_token_hint: oidcUser.id_token }) }
        : undefined,
    [manager, oidcUser],
  );

  if (failure) return <Result status="error" title={t('error.title')} subTitle={failure} />;
  if (!auth) return <Spin fullscreen tip={t('app.loginRedirect')} />;
  return <AuthContext.Provider value={auth}>{children}</AuthContext.Provider>;
}
