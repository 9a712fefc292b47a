// Types for the part of the `datapackage` npm package (Frictionless Data's JavaScript library, which
// ships none) that the descriptor test uses: load a package from disk, its validity, and reading rows.
declare module 'datapackage' {
  interface Resource {
    name: string;
    tabular: boolean;
    schema: { fieldNames: string[] };
    read(options?: { keyed?: boolean; cast?: boolean }): Promise<unknown[]>;
  }
  interface Package {
    valid: boolean;
    errors: Error[];
    resources: Resource[];
    descriptor: Record<string, unknown>;
  }
  const datapackage: {
    Package: { load(descriptor: string | object, options?: { basePath?: string; strict?: boolean }): Promise<Package> };
    validate(descriptor: object, basePath?: string): Promise<{ valid: boolean; errors: Error[] }>;
  };
  export default datapackage;
}
