// Accounts, end to end in Chromium against the production build: sign up and confirm by the
// emailed link with the chosen password, sign out (which ends the session on the server), sign in
// with a password or an emailed link, wrong passwords, no redirect off the site, a keyboard-only
// sign-in and a weak password on sign-up.
import { describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS } from "../factories";
import {
  baseURL,
  confirmSignUp,
  expectNoSeriousAxeViolations,
  fillSignUp,
  latestEmailLink,
  pathOf,
  signInWithPassword,
  signUpViaUi,
  submitPasswordSignIn,
  textOf,
  uniqueEmail,
  setUpBrowser,
  waitForPath,
} from "./support";

const browsing = setUpBrowser();
const demo = DEMO_ACCOUNTS.member;

const WRONG_CREDENTIALS = /don't match an account we can sign you in to/;

// One newcomer walks through the whole life of an account; later steps rely on earlier ones.
const newcomer = { name: "Noor Newcomer", email: uniqueEmail("newcomer"), password: "quiet-lantern-harbour-42" };
let newcomerLink = "";

describe("a newcomer's account", () => {
  it("signs up, confirms the email with the emailed link and the chosen password, and lands in the onboarding wizard signed in", async () => {
    const page = await browsing.newPage();
    const since = new Date();
    await signUpViaUi(page, newcomer);
    await textOf(page.locator("main h1")).toBe("Check your email");
    await textOf(page.locator("main").getByRole("status")).toContain(newcomer.email);
    await textOf(page.locator("main").getByRole("status")).toContain("enter the password you just chose");

    newcomerLink = await latestEmailLink(newcomer.email, { since });
    expect(new URL(newcomerLink).origin).toBe(new URL(page.url()).origin);
    expect(new URL(newcomerLink).pathname).toBe("/confirm");

    // Until the email is confirmed the password does not work, with the same neutral message.
    await submitPasswordSignIn(page, newcomer.email, newcomer.password);
    await textOf(page.locator("main").getByRole("alert")).toMatch(WRONG_CREDENTIALS);

    // Opening the link changes nothing by itself; a password other than the one chosen is refused.
    await page.goto(newcomerLink);
    await textOf(page.locator("main h1")).toBe("Confirm your email");
    await textOf(page.locator("main")).toContain(newcomer.email);
    await expectNoSeriousAxeViolations(page, "/confirm");
    await page.getByLabel("Password", { exact: true }).fill("not-what-i-chose-at-all");
    await page.getByRole("button", { name: "Confirm and continue" }).click();
    await textOf(page.locator("#field-password-error")).toMatch(/not the password chosen at sign-up/);
    expect(pathOf(page)).toBe("/confirm");

    await confirmSignUp(page, newcomerLink, newcomer.password);
    await waitForPath(page, "/onboarding/roles");
    await textOf(page.locator("main h1")).toBe("How would you like to take part?");
    await textOf(page.getByTestId("signed-in-as")).toBe(newcomer.name);
  });

  it("the confirmation link works only once", async () => {
    const page = await browsing.newPage();
    await page.goto(newcomerLink);
    await textOf(page.locator("main h1")).toBe("This link no longer works");
  });

  it("signing up again with the same email changes nothing and answers the same", async () => {
    const page = await browsing.newPage();
    const since = new Date();
    await signUpViaUi(page, { ...newcomer, name: "Someone Else", password: "a-different-strong-passphrase" });
    await textOf(page.locator("main h1")).toBe("Check your email");
    // The owner hears about it; the link in that email is only the sign-in page.
    expect(new URL(await latestEmailLink(newcomer.email, { since })).pathname).toBe("/sign-in");
    await submitPasswordSignIn(page, newcomer.email, "a-different-strong-passphrase");
    await textOf(page.locator("main").getByRole("alert")).toMatch(WRONG_CREDENTIALS);
  });

  it("signs out through the sign-out page; the old session cookie no longer works anywhere", async () => {
    const page = await browsing.newPage();
    await signInWithPassword(page, newcomer.email, newcomer.password);
    const copied = await page.context().storageState();

    await page.getByRole("link", { name: "Sign out" }).click();
    await waitForPath(page, "/sign-out");
    await page.getByRole("button", { name: "Sign out" }).click();
    await waitForPath(page, "/sign-in");
    await textOf(page.locator("main").getByRole("status")).toBe("You are signed out. See you soon.");

    await page.goto("/dashboard");
    await waitForPath(page, "/sign-in");
    await textOf(page.locator("main h1")).toBe("Sign in");

    // Someone who copied the cookie before sign-out (a shared computer) is signed out too.
    const replay = await browsing.newPage({ storageState: copied });
    await replay.goto("/dashboard");
    await waitForPath(replay, "/sign-in");
  });

  it("signs in with the password once the email is confirmed", async () => {
    const page = await browsing.newPage();
    await signInWithPassword(page, newcomer.email, newcomer.password);
    await textOf(page.locator("main h1")).toBe("Welcome, Noor");
    await textOf(page.getByTestId("signed-in-as")).toBe(newcomer.name);
  });

  it("never sends a signed-in person to another site after sign-in", async () => {
    const page = await browsing.newPage();
    await signInWithPassword(page, newcomer.email, newcomer.password);
    const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
    for (const target of ["http://local//evil.example", "/\\evil.example", "//evil.example", "/%2F%2Fevil.example"]) {
      const response = await fetch(`${baseURL}/sign-in?callbackUrl=${encodeURIComponent(target)}`, {
        headers: { cookie },
        redirect: "manual",
      });
      expect([302, 303, 307, 308], target).toContain(response.status);
      expect(response.headers.get("location"), target).toBe("/dashboard");
    }
  });
});

describe("signing in", () => {
  it("refuses a wrong password without saying whether the account exists", async () => {
    const page = await browsing.newPage();
    await submitPasswordSignIn(page, demo.email, "not-the-right-password");
    const alert = page.locator("main").getByRole("alert");
    await alert.waitFor();
    const forKnownEmail = await alert.textContent();
    expect(forKnownEmail).toMatch(WRONG_CREDENTIALS);
    expect(pathOf(page)).toBe("/sign-in");
    // What the person typed stays, so they can correct it.
    await expect(page.getByLabel("Email", { exact: true }).inputValue()).resolves.toBe(demo.email);

    await submitPasswordSignIn(page, uniqueEmail("nobody"), "not-the-right-password");
    await alert.waitFor();
    expect(await alert.textContent()).toBe(forKnownEmail);
    expect(pathOf(page)).toBe("/sign-in");
  });

  it("signs the demo member in by an emailed link", async () => {
    const page = await browsing.newPage();
    await page.goto("/sign-in");
    const since = new Date();
    await page.getByLabel("Email for the link").fill(demo.email);
    await page.getByRole("button", { name: "Email me a link" }).click();
    await waitForPath(page, "/check-email");
    await textOf(page.locator("main").getByRole("status")).toContain(demo.email);

    await page.goto(await latestEmailLink(demo.email, { since }));
    await waitForPath(page, "/dashboard");
    await textOf(page.locator("main h1")).toBe("Welcome, Dana");
  });

  it("signs in with the keyboard alone", async () => {
    const page = await browsing.newPage();
    await page.goto("/sign-in");
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return { id: el?.id ?? "", tag: el?.tagName ?? "", text: el?.textContent?.trim() ?? "" };
      });

    await page.keyboard.press("Tab");
    expect(await focused()).toMatchObject({ tag: "A", text: "Skip to main content" });
    let tabs = 1;
    while ((await focused()).id !== "field-email" && tabs < 5) {
      await page.keyboard.press("Tab");
      tabs += 1;
    }
    expect((await focused()).id, `focus after ${tabs} Tab presses`).toBe("field-email");

    await page.keyboard.type(demo.email);
    await page.keyboard.press("Tab");
    expect((await focused()).id).toBe("field-password");
    await page.keyboard.type(demo.password);
    await page.keyboard.press("Enter");
    await waitForPath(page, "/dashboard");
    await textOf(page.locator("main h1")).toBe("Welcome, Dana");
  });
});

describe("signing up", () => {
  it("explains a weak password inline and keeps what was typed", async () => {
    const page = await browsing.newPage();
    const person = { name: "Wren Weakpass", email: uniqueEmail("weak"), password: "password12" };
    await fillSignUp(page, person);

    const password = page.getByLabel("Password", { exact: true });
    const error = page.locator("#field-password-error");
    await error.waitFor();
    await textOf(error).toMatch(/too easy to guess/);
    await expect(password.getAttribute("aria-invalid")).resolves.toBe("true");
    await expect(password.getAttribute("aria-describedby")).resolves.toContain("field-password-error");
    expect(pathOf(page)).toBe("/sign-up");
    await expect(page.getByLabel("Your name").inputValue()).resolves.toBe(person.name);
    await expect(page.getByLabel("Email", { exact: true }).inputValue()).resolves.toBe(person.email);

    // A too-short one gets its own plain message.
    await password.fill("short");
    await page.getByRole("button", { name: "Create account" }).click();
    await textOf(error).toBe("Use at least 10 characters.");
    await expect(page.getByLabel("Your name").inputValue()).resolves.toBe(person.name);
  });
});
