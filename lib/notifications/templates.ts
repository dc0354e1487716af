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

// Sent by sign-up for an address with no confirmed account. The name typed at sign-up is left
// out on purpose: whoever signed up chose it, and they may not own this address.
export function signUpConfirmEmail(url: string, hours: number) {
  return {
    subject: "Confirm your email for Constellation",
    text: [
      "Hello,",
      "",
      `Someone, hopefully you, just created a Constellation account with this email address. To confirm it, open this link and enter the password you chose. It works once and expires in ${hours} hours:`,
      url,
      "",
      "If it was not you, ignore this email: without that password nobody can use the link, and no account is created.",
    ].join("\n"),
    html: `<p>Hello,</p><p>Someone, hopefully you, just created a Constellation account with this email address. To confirm it, open this link and enter the password you chose. It works once and expires in ${hours} hours:</p><p><a href="${url}">Confirm your email</a></p><p>If it was not you, ignore this email: without that password nobody can use the link, and no account is created.</p>`,
  };
}

// Sent by sign-up for an address that already has an account; the account is not changed.
export function existingAccountEmail(signInUrl: string) {
  return {
    subject: "You already have a Constellation account",
    text: [
      "Hello,",
      "",
      "Someone, hopefully you, tried to create a Constellation account with this email address. You already have one, so nothing was changed.",
      "",
      "Sign in here, with your password or by asking for a sign-in link by email:",
      signInUrl,
      "",
      "If it was not you, you can ignore this email.",
    ].join("\n"),
    html: `<p>Hello,</p><p>Someone, hopefully you, tried to create a Constellation account with this email address. You already have one, so nothing was changed.</p><p>Sign in here, with your password or by asking for a sign-in link by email:</p><p><a href="${signInUrl}">Sign in to Constellation</a></p><p>If it was not you, you can ignore this email.</p>`,
  };
}
