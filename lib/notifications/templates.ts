// Plain-text first: it reads well in every mail client and in the dev outbox.

export function signInLinkEmail(url: string) {
  return {
    subject: "Your Constellation sign-in link",
    text: [
      "Hello,",
      "",
      "Use this link to continue to Constellation. It works once and expires in an hour:",
      url,
      "",
      "If you did not ask for it, you can ignore this email; nothing changes until the link is used.",
    ].join("\n"),
    html: `<p>Hello,</p><p>Use this link to continue to Constellation. It works once and expires in an hour:</p><p><a href="${url}">Continue to Constellation</a></p><p>If you did not ask for it, you can ignore this email; nothing changes until the link is used.</p>`,
  };
}
