import { Logo } from "@/components/ui/logo";

export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return (
    <div className="min-h-screen bg-gradient-to-b from-brand-50 to-paper">
      <header className="mx-auto max-w-md px-6 pt-10">
        <Logo />
      </header>
      <main id="main" className="mx-auto max-w-md px-6 pb-16 pt-8">
        {children}
      </main>
    </div>
  );
}
