import type { AuthProvider } from 'react-admin';
import { currentUser, login, loginWithSecondFactor, logout, refreshSession, type Me } from './http';

/** Thrown by login() when the account has two-step sign-in on: the login page then asks for the code. */
export class MfaRequired extends Error {
  constructor(readonly mfaToken: string) {
    super('mfaRequired');
  }
}

interface LoginParams {
  username?: string;
  email?: string;
  password?: string;
  /** The second step: the token of the first and a code or a recovery code. */
  mfaToken?: string;
  code?: string;
  recoveryCode?: string;
}

async function session(): Promise<Me | null> {
  return currentUser() ?? (await refreshSession());
}

export const authProvider: AuthProvider = {
  async login({ username, email, password, mfaToken, code, recoveryCode }: LoginParams) {
    if (mfaToken) {
      await loginWithSecondFactor(mfaToken, code ? { code } : { recoveryCode });
      return;
    }
    const result = await login(email ?? username ?? '', password ?? '');
    if ('mfaRequired' in result) throw new MfaRequired(result.mfaToken);
  },
  async logout() {
    await logout();
  },
  async checkAuth() {
    // Not logged in yet is no error worth a red notification: just show the login page.
    if (!(await session())) throw { message: false, redirectTo: '/login' };
  },
  async checkError(error: { status?: number }) {
    if (error?.status === 401) throw new Error('ra.notification.logged_out');
  },
  async getIdentity() {
    const me = await session();
    if (!me) throw new Error('ra.auth.auth_check_error');
    return { id: me.id, fullName: me.fullName, email: me.email };
  },
  /** The Me object: roles and scopes decide the menu and which screens are editable. */
  async getPermissions() {
    return session();
  },
};

export const hasRole = (me: Me | null | undefined, ...roles: Me['roles']): boolean => !!me && me.roles.some((r) => roles.includes(r));
