import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../api/api-error';
import { AppProviders } from '../../../app/AppProviders';
import { createQueryClient } from '../../../app/query-client';
import { PlanUploadError } from './PlanUpload';

function showError(error: unknown) {
  render(
    <AppProviders queryClient={createQueryClient()}>
      <PlanUploadError error={error} />
    </AppProviders>,
  );
  return screen.getByRole('alert');
}

describe('PlanUploadError', () => {
  it('names the plan limit and a way round it when the file is too large', () => {
    expect(showError(new ApiError(413, 'PAYLOAD_TOO_LARGE', 'too large')).textContent).toContain(
      'This file is larger than 10 MB. Make it smaller, or export the plan as SVG.',
    );
  });

  it('explains any other refusal in the shared words', () => {
    expect(showError(new ApiError(400, 'INVALID_PLAN_IMAGE', 'bad image')).textContent).toContain(
      'This file cannot be used as a floor plan.',
    );
  });

  it('says how large a plan may be when its dimensions are refused', () => {
    expect(showError(new ApiError(400, 'PLAN_DIMENSIONS_TOO_LARGE', 'too many pixels')).textContent).toContain(
      'This plan has too many pixels: at most 10,000 wide or high and 40 megapixels in all.',
    );
  });

  it('suggests a simpler drawing or a PNG when an SVG plan is too complex', () => {
    expect(showError(new ApiError(400, 'PLAN_TOO_COMPLEX', 'too complex')).textContent).toContain('This SVG plan is too complex to check.');
  });
});
