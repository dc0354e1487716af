import { describe, expect, it } from "vitest";
import { GET as outboxRoute } from "@/app/api/dev/outbox/route";
import { sendEmail } from "@/lib/notifications/send-email";

const get = (query: string) => outboxRoute(new Request(`http://test/api/dev/outbox${query}`), { params: Promise.resolve({}) });

describe("dev outbox (no SMTP configured)", () => {
  it("keeps mail that could not be sent and lists it per recipient, newest first", async () => {
    await sendEmail({ to: "reader@example.org", subject: "First", text: "one" });
    await sendEmail({ to: "reader@example.org", subject: "Second", text: "two https://example.org/x" });
    await sendEmail({ to: "other@example.org", subject: "Not yours", text: "three" });
    const response = await get("?to=Reader@Example.org");
    expect(response.status).toBe(200);
    const { emails } = await response.json();
    expect(emails.map((e: { subject: string }) => e.subject)).toEqual(["Second", "First"]);
  });

  it("validates the query string and answers 400 with field errors", async () => {
    const response = await get("?limit=lots");
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error.code).toBe("VALIDATION");
    expect(body.error.fields.limit).toBeDefined();
  });
});
