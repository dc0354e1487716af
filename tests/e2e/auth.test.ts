// Accounts, end to end in Chromium against the production build: sign up and confirm by the
// emailed link, sign out, sign in with a password or an emailed link, wrong passwords, a
// keyboard-only sign-in and a weak password on sign-up.
import { describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS } from "../factories";
import {
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

describe("a newcomer's account", () => {
  it("signs up, confirms the email through the emailed link and lands in the onboarding wizard signed in", async () => {
    const page = await browsing.newPage();
    const since = new Date();
    await signUpViaUi(page, newcomer);
    await textOf(page.locator("main h1")).toBe("Check your email");
    await textOf(page.locator("main").getByRole("status")).toContain(newcomer.email);

    const link = await latestEmailLink(newcomer.email, { since });
    expect(new URL(link).origin).toBe(new URL(page.url()).origin);

    // Until the email is confirmed the password does not work, with the same neutral message.
    await submitPasswordSignIn(page, newcomer.email, newcomer.password);
    await textOf(page.locator("main").getByRole("alert")).toMatch(WRONG_CREDENTIALS);

    await page.goto(link);
    await waitForPath(page, "/onboarding/roles");
    await textOf(page.locator("main h1")).toBe("How would you like to take part?");
    await textOf(page.getByTestId("signed-in-as")).toBe(newcomer.name);
  });

  it("signs out through the sign-out page and can no longer open the dashboard", async () => {
    const page = await browsing.newPage();
    await signInWithPassword(page, newcomer.email, newcomer.password);

    await page.getByRole("link", { name: "Sign out" }).click();
    await waitForPath(page, "/sign-out");
    await page.getByRole("button", { name: "Sign out" }).click();
    await waitForPath(page, "/sign-in");
    await textOf(page.locator("main").getByRole("status")).toBe("You are signed out. See you soon.");

    await page.goto("/dashboard");
    await waitForPath(page, "/sign-in");
    await textOf(page.locator("main h1")).toBe("Sign in");
  });

  it("signs in with the password once the email is confirmed", async () => {
    const page = await browsing.newPage();
    await signInWithPassword(page, newcomer.email, newcomer.password);
    await textOf(page.locator("main h1")).toBe("Welcome, Noor");
    await textOf(page.getByTestId("signed-in-as")).toBe(newcomer.name);
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
