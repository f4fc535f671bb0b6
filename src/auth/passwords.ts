// Password hashing with argon2id (OWASP's first choice) and the rules a new password must meet.
import { randomBytes, randomInt } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";

/** Below this a password is refused; length matters more than character classes (NIST SP 800-63B). */
export const MIN_PASSWORD_LENGTH = 12;
const MAX_PASSWORD_LENGTH = 256;

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

// A hash of a random password, verified when the e-mail is unknown so that a wrong e-mail takes as long as a
// wrong password and sign-in does not reveal which accounts exist.
let decoyHash: Promise<string> | null = null;

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  if (!passwordHash) {
    decoyHash ??= hash(randomBytes(16).toString("hex"));
    await verify(await decoyHash, password).catch(() => false);
    return false;
  }
  return verify(passwordHash, password).catch(() => false);
}

/** Why a new password is refused, in Italian; null when it is acceptable. */
export function passwordProblem(password: string, context: { email?: string } = {}): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `la password deve avere almeno ${MIN_PASSWORD_LENGTH} caratteri`;
  if (password.length > MAX_PASSWORD_LENGTH) return `la password non può superare ${MAX_PASSWORD_LENGTH} caratteri`;
  if (new Set(password).size < 4) return "la password ripete troppo pochi caratteri diversi";
  if (context.email && password.toLowerCase().includes(context.email.toLowerCase().split("@")[0]!)) {
    return "la password non può contenere il nome dell'account";
  }
  return null;
}

/** A password for an administrator to hand over once: 20 characters from an alphabet without look-alikes. */
export function generatePassword(): string {
  const alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
  return Array.from({ length: 20 }, () => alphabet[randomInt(alphabet.length)]).join("");
}
