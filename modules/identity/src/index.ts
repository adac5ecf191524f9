// @nexova/identity — users, passwords, sessions (rotating refresh tokens), signing keys, password
// reset and workspace API keys. The only door into the module.
export * from './contracts/events';
export { isCommonPassword } from './domain/common-passwords';
export { hashPassword, verifyPassword } from './domain/passwords';
export { hashSecret, newSecret, normalizeEmail } from './domain/secrets';
export { identityModule } from './module';
export { identityPermissions } from './permissions';
export { createIdentityRuntime, type IdentityDeps, type IdentityRuntime, type IdentitySettings } from './runtime';
export { changePassword } from './use-cases/change-password';
export { type ApiKeyView, createApiKey } from './use-cases/create-api-key';
export { ensureUser } from './use-cases/ensure-user';
export { getApiKey } from './use-cases/get-api-key';
export { getUser } from './use-cases/get-user';
export { listApiKeys } from './use-cases/list-api-keys';
export { login } from './use-cases/login';
export { logout } from './use-cases/logout';
export { refreshSession } from './use-cases/refresh-session';
export { registerUser, type UserView } from './use-cases/register-user';
export { requestPasswordReset } from './use-cases/request-password-reset';
export { resetPassword } from './use-cases/reset-password';
export { type ApiKeyOwnerGrants, resolveApiKey } from './use-cases/resolve-api-key';
export { revokeApiKey } from './use-cases/revoke-api-key';
export { revokeWorkspaceApiKeys } from './use-cases/revoke-workspace-api-keys';
export { rotateSigningKey } from './use-cases/rotate-signing-key';
export type { TokenPair } from './use-cases/start-session';
export { userIdByEmail } from './use-cases/user-id-by-email';
export { verifyAccessToken } from './use-cases/verify-access-token';
