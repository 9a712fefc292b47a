// A level moved from what it was (`由5个工作日压缩至3个工作日`, `从88%提高到95%`, `由原来的5天缩短为`): 由/从, the old level, a
// verb of change and 到/至/为. One definition for status.ts (将 before it is 把) and kind-per.ts (a limit or ceiling moved).
export const MOVED_FROM = '(?:由|从)[^，,；;。]{1,12}?(?:压缩|缩短|缩减|提高|提升|降低|减少|延长|调整|增加|下调|上调|扩大)(?:到|至|为)';
