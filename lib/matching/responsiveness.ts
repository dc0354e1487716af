// The reliability signal behind the "responsiveness" component. People who let requests
// lapse (Profile.requestsExpired) or leave received ones unanswered past the reminder are the
// main complaint about mentoring apps ("mentors who never answer"), so they move down the
// list: not out of it, since one busy month should not hide anyone for good.
//
// A person's factor is 1 with nothing unanswered and halves with the first one, then falls
// gently (1/(1 + n)). A pair's value is the product of both people's factors, so the score
// stays the same number from either side and in a round; the viewer's own factor is the
// same for every candidate and never changes their order.
//
// Private by construction: no reason is ever written for it (explain.ts), its facts are
// empty, and only bands and reasons leave the server.

export function responsivenessFactor(unanswered: number): number {
  return unanswered > 0 ? 1 / (1 + unanswered) : 1;
}
