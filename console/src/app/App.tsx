import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import enUS from 'antd/locale/en_US';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { AuthProvider, useAuth } from '../auth/AuthProvider';
import { hasAnyRole, type Role } from '../auth/roles';
import { ForbiddenPage, NotFoundPage } from '../pages/ErrorPages';
import { HomePage } from '../pages/HomePage';
import { AppLayout } from './AppLayout';
import { features } from './features';
import type { ReactNode } from 'react';

/** A page only some roles may open: the others get 403. */
export function RequireRole({ roles, children }: { roles?: Role[]; children: ReactNode }) {
  const { user } = useAuth();
  return hasAnyRole(user, roles) ? <>{children}</> : <ForbiddenPage />;
}

/** The routes of every feature inside the shell. */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route index element={<HomePage />} />
        {features.flatMap((f) =>
          f.routes.map((r) => (
            <Route key={`${f.key}:${r.path}`} path={r.path} element={<RequireRole roles={r.roles}>{r.element}</RequireRole>} />
          )),
        )}
        <Route path="/403" element={<ForbiddenPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}

/** AntD's locale and dayjs follow the chosen language. */
export function LocaleProvider({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const en = i18n.language === 'en';
  dayjs.locale(en ? 'en' : 'zh-cn');
  return (
    <ConfigProvider locale={en ? enUS : zhCN}>
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}

export function App() {
  return (
    <LocaleProvider>
      <AuthProvider>
        <BrowserRouter>
          <AppRoutes />
        </BrowserRouter>
      </AuthProvider>
    </LocaleProvider>
  );
}
