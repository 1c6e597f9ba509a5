/** What the organisation endpoints answer (members and invitations are identity's models). */
import { PageOf } from '@kepu/core';

/** An organisation as its members and administrators see it: the contact phone masked. */
export class OrganisationView {
  id!: string;
  name!: string;
  /** An organisation kind code. */
  kind!: string;
  /** Unified social credit code (GB 32100-2015). */
  creditCode!: string;
  /** A school's 学校标识码. */
  schoolCode!: string | null;
  regionCode!: string;
  verified!: boolean;
  verifiedAt!: Date | null;
  /** The name last verified, which the public sees while a new name awaits verification. */
  verifiedName!: string | null;
  contactName!: string | null;
  /** Masked: `138****8000`. */
  contactPhone!: string | null;
  contactEmail!: string | null;
  createdAt!: Date;
}

export class OrganisationPage extends PageOf(OrganisationView) {}
