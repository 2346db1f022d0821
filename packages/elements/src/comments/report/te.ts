// తెలుగు (te): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { ReportMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReportMessageKey, Message>>> = {
  'comments.report-menu': 'మీరు ఈ వ్యాఖ్యను ఎందుకు నివేదిస్తున్నారు?',
  'comments.reason.spam': 'స్పామ్ లేదా ప్రకటన',
  'comments.reason.abuse': 'దూషణ లేదా అభ్యంతరకరం',
  'comments.reason.off-topic': 'విషయానికి సంబంధం లేనిది',
  'comments.reason.personal-data': 'వ్యక్తిగత సమాచారం ఉంది',
  'comments.reason.other': 'వేరే కారణం',
  'comments.reported': 'ధన్యవాదాలు. ఈ వ్యాఖ్య గురించి నిర్వాహకులకు నివేదించబడింది.',
  'comments.already-reported': 'మీరు ఈ వ్యాఖ్యను ఇప్పటికే నివేదించారు.',
  'comments.delete-menu': 'మీ వ్యాఖ్యను తొలగించాలా? దాని పాఠ్యం, మీ పేరు శాశ్వతంగా తొలగించబడతాయి.',
  'comments.delete-yes': 'నా వ్యాఖ్యను తొలగించండి',
  'comments.delete-no': 'అలాగే ఉంచండి',
  'comments.deleted': 'మీ వ్యాఖ్య తొలగించబడింది.',
};

export default messages;
