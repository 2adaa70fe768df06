import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, settingsItem } from '@/utils/storage';
import { AppearanceSection } from '../AppearanceSection';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('AppearanceSection', () => {
  it('offers System, Light and Dark as one named group, with the saved choice checked', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, theme: 'dark' });
    render(<AppearanceSection />);

    const section = screen.getByRole('region', { name: 'Appearance' });
    const group = await within(section).findByRole('group', { name: 'Theme' });
    expect(within(group).getAllByRole('radio').map((radio) => radio.getAttribute('value'))).toEqual(['system', 'light', 'dark']);
    expect(within(group).getByRole('radio', { name: 'Dark' })).toBeChecked();
    expect(group).toHaveAccessibleDescription('System follows the light or dark setting of your computer.');
  });

  it('saves a choice made with the arrow keys at once, keeping the other settings, and says "Saved."', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, heartbeat: false });
    const user = userEvent.setup();
    render(<AppearanceSection />);
    const system = await screen.findByRole('radio', { name: 'System' });
    expect(system).toBeChecked();

    await user.click(system);
    await user.keyboard('{ArrowDown}');

    await waitFor(async () => expect(await settingsItem.getValue()).toEqual({ ...DEFAULT_SETTINGS, heartbeat: false, theme: 'light' }));
    expect(screen.getByRole('radio', { name: 'Light' })).toBeChecked();
    expect(screen.getByRole('status')).toHaveTextContent('Saved.');
  });
});
