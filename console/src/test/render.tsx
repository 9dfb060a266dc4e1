import type { ReactElement } from 'react';
import { render } from '@testing-library/react';
import { App as AntApp } from 'antd';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { AuthContext } from '../auth/AuthProvider';
import type { CurrentUser, Role } from '../auth/roles';

export function userWith(...roles: Role[]): CurrentUser {
  return { id: 'u-1', username: 'acme-sales1', name: 'San Zhang', tenant: 'acme', roles };
}

/** Renders a page as a signed-in user, inside the router (at `path`) and AntD's App. */
export function renderAs(user: CurrentUser, element: ReactElement, { path = '/', route = '*' } = {}) {
  return render(
    <AuthContext.Provider value={{ user, logout: () => {} }}>
      <AntApp>
        <MemoryRouter initialEntries={[path]}>
          <Routes>
            <Route path={route} element={element} />
          </Routes>
        </MemoryRouter>
      </AntApp>
    </AuthContext.Provider>,
  );
}

/** A fake fetch answering by method and path; records every call. */
export function fakeFetch(handler: (method: string, url: URL, body: unknown) => { status?: number; body?: unknown; problem?: boolean }) {
  const calls: { method: string; url: URL; body: unknown }[] = [];
  const fn = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), 'http://console.test');
    const method = init?.method ?? 'GET';
    const body = typeof init?.body === 'string' ? JSON.parse(init.body) : undefined;
    calls.push({ method, url, body });
    const answer = handler(method, url, body);
    const status = answer.status ?? 200;
    return new Response(answer.body === undefined ? null : JSON.stringify(answer.body), {
      status,
      headers: { 'Content-Type': answer.problem || status >= 400 ? 'application/problem+json' : 'application/json' },
    });
  };
  return { fn, calls };
}
