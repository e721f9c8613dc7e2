// Which language the interface speaks: one rule for the page and the desktop host, kept in shared/.
export {
  INTERFACE_LOCALES,
  isInterfaceLocale,
  resolveInterfaceLocale,
  type InterfaceLocale,
} from '../../shared/interface-locale';
