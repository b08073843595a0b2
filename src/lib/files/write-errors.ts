/**
 * File-system write failures in words an HR user can act on, one line each,
 * for the command-line tools (`npm run new`, `export`, `import`): a stack
 * trace tells them nothing, "磁盘已满" does.
 */

/** True for an error thrown by Node's file system (it carries an errno code such as ENOSPC). */
export function isFileSystemError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string' && /^E[A-Z]+$/.test((error as NodeJS.ErrnoException).code!);
}

/** One Chinese line saying why `path` could not be written and what to do. */
export function writeErrorMessage(error: NodeJS.ErrnoException, path: string): string {
  switch (error.code) {
    case 'ENOSPC':
      return `磁盘已满,无法写入 ${path}。请清理磁盘空间后重试(没有留下写了一半的文件)`;
    case 'EDQUOT':
      return `磁盘配额已用完,无法写入 ${path}。请清理空间或请管理员提高配额后重试`;
    case 'EACCES':
    case 'EPERM':
      return `没有权限写入 ${path}:文件或文件夹是只读的,或属于其他用户。请换一个位置,或请管理员开放写权限`;
    case 'EROFS':
      return `无法写入 ${path}:它所在的磁盘是只读的。请换一个可以写入的位置`;
    case 'EEXIST': // mkdir of a folder whose name is taken by a file
    case 'ENOTDIR':
      return `无法写入 ${path}:路径中有一段是文件而不是文件夹。请检查路径是否写对`;
    case 'EISDIR':
      return `无法写入 ${path}:这是一个文件夹,不能当作文件写入。请给出文件名`;
    case 'ENOENT':
      return `无法写入 ${path}:所在的文件夹不存在,也无法创建`;
    case 'ENAMETOOLONG':
      return `无法写入 ${path}:文件名或路径太长`;
    case 'EMFILE':
    case 'ENFILE':
      return `无法写入 ${path}:同时打开的文件太多。请关闭其他程序后重试`;
    default:
      return `无法写入 ${path}(系统错误 ${error.code})`;
  }
}
