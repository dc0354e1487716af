import type { FormMode } from "@/components/onboarding/steps";
import type { OwnProfile } from "@/lib/profiles/profile-view";
import type { TimeZoneOption } from "@/lib/profiles/time-zone-search";
import type { Vocabulary } from "@/lib/profiles/vocabulary";

export type StepFormProps = {
  profile: OwnProfile;
  vocabulary: Vocabulary;
  mode: FormMode;
  /**
   * The zones the time-zone picker offers (timeZoneOptions() on the server, so both renders agree
   * and the list stays out of the bundle); only the formats section needs them, others get [].
   */
  timeZones: TimeZoneOption[];
};
