import { ConfigProvider, theme } from 'antd';
import { RegionProvider } from '../org/RegionProvider';
import { ScreenBody } from './ScreenBody';
import './cockpit.css';
import './screen.css';

/**
 * /cockpit/screen (大屏): the cockpit for a meeting-room display: dark, full-screen, big numbers,
 * no menu, refreshed every minute. The region and year are those of the link that opened it.
 */
export function CockpitScreen() {
  return (
    <RegionProvider>
      <ConfigProvider
        theme={{
          algorithm: theme.darkAlgorithm,
          // The app's light layout colour would otherwise carry over (e.g. into a segmented track).
          token: { colorBgContainer: '#0c2444', colorBgLayout: '#061a33', colorPrimary: '#3b82f6' },
        }}
      >
        <ScreenBody />
      </ConfigProvider>
    </RegionProvider>
  );
}
