import { columnSort, sortFromTable, type SortBindings } from "../../src/lib/tableSort";

type Sort = "NAME_ASC" | "NAME_DESC" | "SORT_ORDER_ASC" | "CREATED_AT_DESC";
const bindings: SortBindings<Sort> = {
  name: { ascend: "NAME_ASC", descend: "NAME_DESC" },
  sortOrder: { ascend: "SORT_ORDER_ASC" },
};

describe("table sort bindings", () => {
  it("lights the arrow of the sort in force, and only that one", () => {
    expect(columnSort(bindings, "name", "NAME_DESC").sortOrder).toBe("descend");
    expect(columnSort(bindings, "sortOrder", "NAME_DESC").sortOrder).toBeNull();
    expect(columnSort(bindings, "name", "CREATED_AT_DESC").sortOrder).toBeNull();
  });

  it("offers only the directions the API supports", () => {
    expect(columnSort(bindings, "sortOrder", "NAME_ASC").sortDirections).toEqual(["ascend"]);
    expect(columnSort(bindings, "name", "NAME_ASC").sortDirections).toEqual(["ascend", "descend"]);
  });

  it("turns a header click into an API sort, and a cleared sort into none", () => {
    expect(sortFromTable(bindings, { columnKey: "name", order: "descend" })).toBe("NAME_DESC");
    expect(sortFromTable(bindings, { columnKey: "sortOrder", order: "descend" })).toBeUndefined();
    expect(sortFromTable(bindings, { columnKey: "name", order: undefined })).toBeUndefined();
    expect(sortFromTable(bindings, [{ columnKey: "name", order: "ascend" }])).toBe("NAME_ASC");
  });
});
