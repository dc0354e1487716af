// Shared by the sign-up form (client) and the server-side check in password.ts.
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;
