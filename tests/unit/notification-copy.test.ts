// The words of notifications: every kind has an email and a label, and times read in the
// viewer's own zone.
import { describe, expect, it } from "vitest";
import { describeWhen } from "@/components/notifications/when";
import { NOTIFICATION_KIND_COPY, NOTIFICATION_KIND_GROUPS, NOTIFICATION_KINDS } from "@/lib/notifications/kinds";
import { notificationEmail } from "@/lib/notifications/templates";

describe("notification emails", () => {
  it.each(NOTIFICATION_KINDS)("%s: a subject, the title, the link and how to turn it off", (kind) => {
    const email = notificationEmail(kind, {
      title: "Dana Reyes did something",
      url: "https://app.example/requests/r1",
      settingsUrl: "https://app.example/settings/notifications",
    });
    expect(email.subject.length).toBeGreaterThan(5);
    // Subjects are fixed per kind: nothing a person typed (not even a name) reaches a subject line.
    expect(email.subject).not.toContain("Dana");
    expect(email.text).toContain("Dana Reyes did something");
    expect(email.text.split("\n")).toContain("https://app.example/requests/r1");
    expect(email.text.split("\n")).toContain("https://app.example/settings/notifications");
    expect(NOTIFICATION_KIND_COPY[kind].label).toBeTruthy();
  });

  it("groups every kind exactly once on the settings page", () => {
    expect(NOTIFICATION_KIND_GROUPS.flatMap((g) => g.kinds).sort()).toEqual([...NOTIFICATION_KINDS].sort());
  });
});

describe("describeWhen", () => {
  const now = new Date("2026-12-01T15:00:00Z"); // 9:00 AM in Chicago

  it("says minutes for the last hour, then today / yesterday / a date, in the viewer's zone", () => {
    expect(describeWhen(new Date("2026-12-01T14:59:40Z"), now, "America/Chicago").relative).toBe("just now");
    expect(describeWhen(new Date("2026-12-01T14:55:00Z"), now, "America/Chicago").relative).toBe("5 minutes ago");
    expect(describeWhen(new Date("2026-12-01T13:00:00Z"), now, "America/Chicago").relative).toBe("today at 7:00 AM");
    // 05:00 UTC is still the day before in Chicago.
    expect(describeWhen(new Date("2026-12-01T05:00:00Z"), now, "America/Chicago").relative).toBe("yesterday at 11:00 PM");
    expect(describeWhen(new Date("2026-12-01T05:00:00Z"), now, "Europe/Berlin").relative).toBe("today at 6:00 AM");
    expect(describeWhen(new Date("2026-11-20T15:00:00Z"), now, "America/Chicago").relative).toBe("Nov 20 at 9:00 AM");
    expect(describeWhen(new Date("2025-11-20T15:00:00Z"), now, "America/Chicago").relative).toBe("Nov 20, 2025 at 9:00 AM");
  });

  it("falls back to UTC for a zone it does not know rather than failing", () => {
    expect(describeWhen(new Date("2026-12-01T13:00:00Z"), now, "Mars/Olympus_Mons").relative).toBe("today at 1:00 PM");
  });
});
