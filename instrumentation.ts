// Runs once when a server starts: refuse to serve production without a real AUTH_SECRET.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { assertProductionSecrets } = await import("@/lib/env");
    assertProductionSecrets();
  }
}
