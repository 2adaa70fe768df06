import { render, screen, within } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { API_ORIGIN } from '@/utils/clockme/config';
import { AboutSection } from '../AboutSection';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('AboutSection', () => {
  it("shows the version, the API origin, and ClockMe's privacy and API pages opening in a new tab", () => {
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ manifest_version: 3, name: 'ClockMe for Chrome', version: '1.2.3' });
    render(<AboutSection />);

    const section = screen.getByRole('region', { name: 'About' });
    expect(within(section).getAllByRole('term').map((term) => term.textContent)).toEqual(['Version', 'ClockMe API']);
    expect(within(section).getAllByRole('definition').map((definition) => definition.textContent)).toEqual(['1.2.3', API_ORIGIN]);
    const privacy = within(section).getByRole('link', { name: 'ClockMe privacy policy (opens in a new tab)' });
    expect(privacy).toHaveAttribute('href', 'https://clockme.co/privacy');
    expect(privacy).toHaveAttribute('target', '_blank');
    const developers = within(section).getByRole('link', { name: 'ClockMe API documentation (opens in a new tab)' });
    expect(developers).toHaveAttribute('href', 'https://clockme.co/developers');
    expect(developers).toHaveAttribute('target', '_blank');
  });
});
