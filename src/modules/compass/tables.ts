/** Row types of the compass module's tables (migrations 023–025), added to the app's Database type. */

/** An initiative of the city's portfolio (a project, a service, a device, a programme). */
export interface CompassInitiativeTable {
  id: string;
  slug: string;
  title_fr: string;
  title_en: string;
  description_fr: string;
  description_en: string;
  /** 'city' or 'neighbourhoods' (then compass_initiative_neighbourhood lists them). */
  scope: string;
  /** Budget in whole euros. */
  budget: number;
  starts_on: string | null;
  ends_on: string | null;
  /** planned | running | done | stopped */
  status: string;
  /** 0 while proposed, 1 once an admin published it. */
  published: number;
  /** 1 while people may assess it (and change their assessment). */
  assessment_open: number;
  proposed_by: string | null;
  proposed_for: string | null;
  created_at: string;
  updated_at: string;
}

export interface CompassInitiativeNeighbourhoodTable {
  initiative_id: string;
  neighbourhood_id: string;
}

/** Which of Giffinger's six dimensions an initiative serves. */
export interface CompassInitiativeDimensionTable {
  initiative_id: string;
  dimension: string;
}

/** What cocity already knows about an initiative: kind = sensor | algorithm | process | budget-project. */
export interface CompassInitiativeLinkTable {
  initiative_id: string;
  kind: string;
  target_id: string;
}

/**
 * One version of one assessment. The current version has superseded_at null (unique per initiative
 * and assessor); older versions stay so the compass can be drawn as it was at an earlier date.
 */
export interface CompassAssessmentTable {
  id: string;
  initiative_id: string;
  /** 'user:<id>' or 'org:<id>': one assessment per person or organisation per initiative. */
  assessor_key: string;
  user_id: string | null;
  organisation_id: string | null;
  stakeholder_group: string;
  /** JSON: criterion key → 1..5. */
  answers: string;
  digital_business: number;
  eco_city: number;
  ethic_human: number;
  created_at: string;
  superseded_at: string | null;
}

export interface CompassGuideTable {
  id: string;
  title_fr: string;
  title_en: string;
  created_at: string;
}

/** A version of an interview guide, written in the guide text format (themes, questions, follow-ups). */
export interface CompassGuideVersionTable {
  id: string;
  guide_id: string;
  version: number;
  body: string;
  created_by: string | null;
  created_at: string;
}

export interface CompassInterviewTable {
  id: string;
  pseudonym: string;
  stakeholder_group: string;
  role: string;
  interviewed_on: string;
  guide_version_id: string | null;
  /** 'analysis' (analysis only) or 'quotes' (quotes may be published). */
  consent: string;
  transcript: string;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  /** Set when consent was withdrawn: the transcript is then empty and the codings gone. */
  withdrawn_at: string | null;
}

export interface CompassCodeTable {
  id: string;
  parent_id: string | null;
  name_fr: string;
  name_en: string;
  description_fr: string;
  description_en: string;
  position: number;
  /** The seeded codes' stable keys (orientation.ethicHuman, dimension.mobility...); null for the researchers' own. */
  seed_key: string | null;
  created_at: string;
}

/** A coded stretch of a transcript, in Unicode code points [start, end). */
export interface CompassSegmentTable {
  id: string;
  interview_id: string;
  start_offset: number;
  end_offset: number;
  created_by: string | null;
  created_at: string;
}

export interface CompassSegmentCodeTable {
  segment_id: string;
  code_id: string;
}

export interface CompassMemoTable {
  id: string;
  interview_id: string;
  segment_id: string | null;
  body: string;
  created_by: string | null;
  created_at: string;
}

/** A published summary of the interview analysis (figures already through the small-count rule). */
export interface CompassAnalysisReleaseTable {
  id: string;
  body: string;
  published_by: string | null;
  published_at: string;
}

declare module '../../db/schema.ts' {
  interface Database {
    compass_initiative: CompassInitiativeTable;
    compass_initiative_neighbourhood: CompassInitiativeNeighbourhoodTable;
    compass_initiative_dimension: CompassInitiativeDimensionTable;
    compass_initiative_link: CompassInitiativeLinkTable;
    compass_assessment: CompassAssessmentTable;
    compass_guide: CompassGuideTable;
    compass_guide_version: CompassGuideVersionTable;
    compass_interview: CompassInterviewTable;
    compass_code: CompassCodeTable;
    compass_segment: CompassSegmentTable;
    compass_segment_code: CompassSegmentCodeTable;
    compass_memo: CompassMemoTable;
    compass_analysis_release: CompassAnalysisReleaseTable;
  }
}
