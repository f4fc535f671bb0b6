import { describe, expect, it } from "vitest";
import { generatePassword, hashPassword, passwordProblem, verifyPassword } from "./passwords";

describe("passwords", () => {
  it("hashes with argon2id and verifies; a wrong password or a missing hash fails", async () => {
    const hash = await hashPassword("una password lunga");
    expect(hash.startsWith("$argon2id$")).toBe(true);
    expect(await verifyPassword(hash, "una password lunga")).toBe(true);
    expect(await verifyPassword(hash, "una password lungA")).toBe(false);
    expect(await verifyPassword(null, "una password lunga")).toBe(false);
    expect(await verifyPassword("non-un-hash", "x")).toBe(false);
  });

  it("refuses short, repetitive passwords and those containing the account's name", () => {
    expect(passwordProblem("corta")).toBe("la password deve avere almeno 12 caratteri");
    expect(passwordProblem("aaaaaaaaaaaaaaaa")).toBe("la password ripete troppo pochi caratteri diversi");
    expect(passwordProblem("mario.rossi-2024!", { email: "mario.rossi@ente.it" })).toBe("la password non può contenere il nome dell'account");
    expect(passwordProblem("cavallo batteria graffetta")).toBeNull();
  });

  it("generates 20 characters without look-alikes (0, O, 1, l, I), different each time", () => {
    const a = generatePassword();
    expect(a).toMatch(/^[A-HJ-NP-Za-km-z2-9]{20}$/);
    expect(generatePassword()).not.toBe(a);
  });
});
