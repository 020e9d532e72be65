import { Body, Container, Head, Hr, Html, Preview, Text } from '@react-email/components';
import type { ReactNode } from 'react';

/** The frame of every Accord email: one narrow column, system fonts, the why-you-got-this line. */
export function EmailLayout({ locale, preview, footer, children }: { locale: string; preview: string; footer: string; children: ReactNode }) {
  return (
    <Html lang={locale === 'zh' ? 'zh-CN' : 'en'}>
      <Head />
      <Preview>{preview}</Preview>
      <Body style={{ backgroundColor: '#f6f7f9', fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans CJK SC", sans-serif', color: '#1f2328' }}>
        <Container style={{ maxWidth: '560px', margin: '0 auto', padding: '32px 24px', backgroundColor: '#ffffff' }}>
          <Text style={{ fontSize: '14px', fontWeight: 600, color: '#57606a', margin: 0 }}>Accord</Text>
          {children}
          <Hr style={{ borderColor: '#d0d7de', margin: '32px 0 16px' }} />
          <Text style={{ fontSize: '12px', color: '#57606a' }}>{footer}</Text>
        </Container>
      </Body>
    </Html>
  );
}

export const headingStyle = { fontSize: '22px', fontWeight: 600, margin: '16px 0' } as const;
export const buttonStyle = { backgroundColor: '#0b57d0', color: '#ffffff', padding: '12px 20px', borderRadius: '6px', fontWeight: 600, textDecoration: 'none' } as const;
