import { DomainError } from '../common/errors/domain-error.js';

export class InvalidPlanImageError extends DomainError {
  constructor(reason: string) {
    super(400, 'INVALID_PLAN_IMAGE', `The plan must be a PNG, JPEG or SVG image up to 10 MB: ${reason}`);
  }
}

export class PlanDimensionsTooLargeError extends DomainError {
  constructor(width: number, height: number, limits: { side: number; megapixels: number }) {
    super(
      400,
      'PLAN_DIMENSIONS_TOO_LARGE',
      `The plan is ${width} × ${height} pixels; a plan may be at most ${limits.side} pixels wide or high and ${limits.megapixels} megapixels in all`,
      { width, height, maxSide: limits.side, maxMegapixels: limits.megapixels },
    );
  }
}

export class PlanTooComplexError extends DomainError {
  constructor(reason: string) {
    super(400, 'PLAN_TOO_COMPLEX', `The SVG plan is too complex to check: ${reason}. Simplify the drawing or upload it as PNG or JPEG`);
  }
}
