import Link from "next/link";

export function Logo({ href = "/" }: { href?: string }) {
  return (
    <Link href={href} className="flex items-center gap-2 text-lg font-bold tracking-tight text-brand-800">
      <svg aria-hidden="true" width="28" height="28" viewBox="0 0 28 28">
        <circle cx="6" cy="8" r="2.5" fill="#c7902a" />
        <circle cx="20" cy="5" r="2" fill="#3f4fbf" />
        <circle cx="22" cy="20" r="2.5" fill="#3f4fbf" />
        <circle cx="9" cy="22" r="2" fill="#c7902a" />
        <path d="M6 8 L20 5 L22 20 L9 22 Z" fill="none" stroke="#3f4fbf" strokeWidth="1" opacity="0.5" />
      </svg>
      Constellation
    </Link>
  );
}
