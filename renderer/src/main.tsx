import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { DataProvider } from './api/DataProvider';
import { App } from './App';
import './styles.css';
import './lan/phone.css';

dayjs.locale('zh-cn');

// Office software: prebuilt styles (no style generation at run time) and no animations, so drawers,
// dialogs and buttons respond at once, also on old machines.
const theme = {
  zeroRuntime: true,
  token: {
    motion: false,
    fontFamily:
      '-apple-system, BlinkMacSystemFont, "Segoe UI", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif',
  },
};

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ConfigProvider locale={zhCN} theme={theme} button={{ autoInsertSpace: false }}>
      <AntApp>
        <DataProvider>
          <App />
        </DataProvider>
      </AntApp>
    </ConfigProvider>
  </StrictMode>,
);
