import type { FormMode } from "@/components/onboarding/steps";
import type { OwnProfile } from "@/lib/profiles/profile-view";
import type { Vocabulary } from "@/lib/profiles/vocabulary";

export type StepFormProps = {
  profile: OwnProfile;
  vocabulary: Vocabulary;
  mode: FormMode;
  /** IANA zones offered in the time-zone select (computed on the server so both renders agree). */
  timeZones: string[];
};
